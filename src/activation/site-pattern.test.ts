import { describe, expect, it } from 'vitest';
import { registrationId, sitePattern } from './site-pattern';

describe('site pattern', () => {
  it('covers the whole site without the port', () => {
    expect(sitePattern('https://ecd.zorg.nl:8443/client/12?tab=rapportage')).toBe('https://ecd.zorg.nl/*');
    expect(sitePattern('http://127.0.0.1:5173/')).toBe('http://127.0.0.1/*');
  });
  it('refuses pages an extension may not script', () => {
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('about:blank')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
    expect(sitePattern(undefined)).toBeNull();
  });
  it('gives a registration id without odd characters', () => {
    expect(registrationId('https://ecd.zorg.nl/*')).toBe('kc-site-https_ecd.zorg.nl_');
  });
});
