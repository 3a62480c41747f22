// @ts-check
// electron-builder configuration: `npm run dist` (after `npm run build`).
// The app is fully bundled (Vite for the renderer, esbuild for main and preload),
// so only the two build outputs and package.json go into app.asar.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'app.countersign.desktop',
  productName: 'Countersign',
  copyright: 'Copyright © Countersign',
  directories: {
    output: 'release',
    buildResources: 'build',
  },
  files: ['dist/renderer/**', 'dist-electron/**', 'package.json'],
  asar: true,
  // No native modules: nothing to rebuild against Electron's Node.
  npmRebuild: false,
  // Flipped in the Electron binary at packaging time; see docs/tutorial/fuses.md.
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node runtime.
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Only the checked app.asar may run, never a loose `app` folder beside it.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    // The renderer is served from app://, so file:// needs no extra powers.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Countersign <support@countersign.app>',
    synopsis: 'Signed sign-offs and a tamper-evident audit trail for AI initiatives',
    icon: 'build/icons',
  },
  deb: {
    priority: 'optional',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    icon: 'build/icon.png',
    hardenedRuntime: true,
  },
};

module.exports = config;
