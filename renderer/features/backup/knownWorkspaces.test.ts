import { describe, expect, it } from 'vitest';
import { knownWorkspaceId, rememberWorkspaceId } from './knownWorkspaces';

function memory() {
  const values = new Map<string, string>();
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
  };
}

describe('known workspaces', () => {
  it('remembers which workspace a database held', () => {
    const storage = memory();
    rememberWorkspaceId('countersign-ws-a', 'id-a', storage);
    rememberWorkspaceId('countersign-ws-b', 'id-b', storage);
    expect(knownWorkspaceId('countersign-ws-a', storage)).toBe('id-a');
    expect(knownWorkspaceId('countersign-ws-c', storage)).toBeNull();
  });

  it('survives a corrupted preference', () => {
    const storage = memory();
    storage.setItem('countersign.workspaceIds', '{not json');
    expect(knownWorkspaceId('countersign-ws-a', storage)).toBeNull();
    storage.setItem('countersign.workspaceIds', JSON.stringify({ 'countersign-ws-a': 42 }));
    expect(knownWorkspaceId('countersign-ws-a', storage)).toBeNull();
    rememberWorkspaceId('countersign-ws-a', 'id-a', storage);
    expect(knownWorkspaceId('countersign-ws-a', storage)).toBe('id-a');
  });
});
