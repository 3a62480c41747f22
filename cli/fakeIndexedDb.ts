// An in-memory IndexedDB for Dexie in Node: the sample is built by the app's own commands.
import 'fake-indexeddb/auto';
