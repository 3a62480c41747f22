import type { WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, senderFromFrame } from './senderCheck';

describe('isTrustedSender', () => {
  it('trusts the app origin main frame', () => {
    expect(isTrustedSender('app://countersign/index.html', true)).toBe(true);
    expect(isTrustedSender('app://countersign/index.html#/signoffs', true)).toBe(true);
  });

  it.each([
    ['a subframe of the app', 'app://countersign/index.html', false],
    ['another origin', 'https://example.com/', true],
    ['a file:// page', 'file:///opt/Countersign/index.html', true],
    ['another app:// host', 'app://other/index.html', true],
    ['a missing frame', undefined, true],
    ['about:blank', 'about:blank', true],
    ['a data: page', 'data:text/html,<script>1</script>', true],
  ])('refuses %s', (_label, url, isMainFrame) => {
    expect(isTrustedSender(url, isMainFrame)).toBe(false);
  });
});

describe('senderFromFrame', () => {
  const top = { url: 'app://countersign/index.html', parent: null };

  it('reports a top-level frame as the main frame', () => {
    expect(senderFromFrame(top as unknown as WebFrameMain)).toEqual({
      frameUrl: 'app://countersign/index.html',
      isMainFrame: true,
    });
  });

  it('reports a child frame as not the main frame', () => {
    const child = { url: 'app://countersign/index.html', parent: top };
    expect(senderFromFrame(child as unknown as WebFrameMain).isMainFrame).toBe(false);
  });

  it('treats a missing frame as untrusted', () => {
    expect(senderFromFrame(null)).toEqual({ frameUrl: undefined, isMainFrame: false });
  });

  it('treats a disposed frame as untrusted instead of throwing', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(senderFromFrame(disposed as unknown as WebFrameMain)).toEqual({
      frameUrl: undefined,
      isMainFrame: false,
    });
  });
});
