import { describe, expect, it } from 'vitest';
import { describeMissing, planSetup } from './setup-plan';

const all = ['chromium', 'firefox', 'xvfb', 'xdotool'] as const;

describe('planSetup', () => {
  it('installs what is missing, and only that, as root on a machine with apt-get', () => {
    expect(planSetup(all, { chromium: '/usr/bin/chromium' }, { isRoot: true, hasApt: true }).install).toEqual(['firefox', 'xvfb', 'xdotool']);
    expect(planSetup(all, { chromium: 'c', firefox: 'f', xvfb: 'x', xdotool: 'd' }, { isRoot: true, hasApt: true }).install).toEqual([]);
  });

  it('never installs without root or without apt-get, and says what to install instead', () => {
    const notRoot = planSetup(all, {}, { isRoot: false, hasApt: true });
    expect(notRoot.install).toEqual([]);
    expect(notRoot.advice).toContain('apt-get install chromium firefox-esr xvfb xdotool');
    const elsewhere = planSetup(['chromium'], {}, { isRoot: true, hasApt: false });
    expect(elsewhere.install).toEqual([]);
    expect(elsewhere.advice).toContain('KRACHTCOACH_CHROMIUM');
    expect(elsewhere.advice).not.toContain('apt-get');
  });
});

describe('describeMissing', () => {
  it('names the tools as a Dutch list, with the verb in agreement', () => {
    expect(describeMissing(['chromium'])).toBe('Chromium ontbreekt');
    expect(describeMissing(['chromium', 'firefox'])).toBe('Chromium en Firefox ontbreken');
    expect(describeMissing(['firefox', 'xvfb', 'xdotool'])).toBe('Firefox, Xvfb en xdotool ontbreken');
  });
});
