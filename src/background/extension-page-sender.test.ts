import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isExtensionPage, ourExtension } from './extension-page-sender';

const us = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const tab = { id: 7, windowId: 1, index: 0, url: 'https://ecd.voorbeeld.nl/dossier/12' };

describe('isExtensionPage', () => {
  it('accepts our side panel, options page and welcome page (Chrome gives url and origin)', () => {
    for (const page of ['sidepanel.html', 'sidepanel.html?tab=3', 'options.html', 'welcome.html']) {
      expect(isExtensionPage({ id: us.id, url: `${us.baseUrl}${page}`, origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' }, us), page).toBe(true);
    }
  });

  it('accepts our page when it is open in a tab (the options page opens in one)', () => {
    expect(isExtensionPage({ id: us.id, url: `${us.baseUrl}options.html`, origin: us.baseUrl.slice(0, -1), tab: { ...tab, url: `${us.baseUrl}options.html` } }, us)).toBe(true);
  });

  it('accepts a Firefox page, which has no origin field', () => {
    const fx = { id: 'krachtcoach@krachtcoach.nl', baseUrl: 'moz-extension://0b8c6f6e-1f3a-4b8e-9c57-7d1e2f3a4b5c/' };
    expect(isExtensionPage({ id: fx.id, url: `${fx.baseUrl}sidepanel.html` }, fx)).toBe(true);
  });

  it('refuses a content script: our id, but the host page as url and origin, and a tab', () => {
    expect(isExtensionPage({ id: us.id, url: tab.url, origin: 'https://ecd.voorbeeld.nl', tab }, us)).toBe(false);
    // in a frame of the page, in an about:blank frame, without any url
    expect(isExtensionPage({ id: us.id, url: 'https://editor.voorbeeld.nl/frame.html', origin: 'https://editor.voorbeeld.nl', tab }, us)).toBe(false);
    expect(isExtensionPage({ id: us.id, url: 'about:blank', origin: 'https://ecd.voorbeeld.nl', tab }, us)).toBe(false);
    expect(isExtensionPage({ id: us.id, tab }, us)).toBe(false);
  });

  it('refuses a page that only looks like ours: another id, a url that merely starts alike, another origin', () => {
    expect(isExtensionPage({ id: 'other-extension', url: `${us.baseUrl}options.html`, origin: us.baseUrl.slice(0, -1) }, us)).toBe(false);
    expect(isExtensionPage({ id: us.id, url: `${us.baseUrl.slice(0, -1)}.evil.example/options.html` }, us)).toBe(false);
    expect(isExtensionPage({ id: us.id, url: `https://evil.example/${us.baseUrl}` }, us)).toBe(false);
    expect(isExtensionPage({ id: us.id, url: `${us.baseUrl}options.html`, origin: 'https://ecd.voorbeeld.nl' }, us)).toBe(false);
    expect(isExtensionPage({ id: us.id, url: `${us.baseUrl}options.html`, origin: 'null' }, us)).toBe(false);
  });

  it('refuses everything when our own identity is not known', () => {
    expect(isExtensionPage({ url: `${us.baseUrl}options.html` }, { id: '', baseUrl: us.baseUrl })).toBe(false);
    expect(isExtensionPage({ id: us.id, url: 'chrome-extension://x' }, { id: us.id, baseUrl: '' })).toBe(false);
  });

  it('knows our identity from the runtime', () => {
    fakeBrowser.reset();
    expect(ourExtension()).toEqual({ id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' });
  });
});
