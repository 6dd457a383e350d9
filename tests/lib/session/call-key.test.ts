import { describe, expect, it } from 'vitest';
import { callKeyOf } from '../../../lib/session/call-key.ts';

describe('callKeyOf', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meet:abc-defg-hij'],
    ['https://meet.google.com/ABC-DEFG-HIJ?authuser=1', 'meet:abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij/', 'meet:abc-defg-hij'],
    ['https://app.zoom.us/wc/123456789/join?fromPWA=1', 'zoom:123456789'],
    ['https://app.zoom.us/wc/join/98765432101', 'zoom:98765432101'],
    ['https://us05web.zoom.us/wc/123456789/start', 'zoom:123456789'],
    ['https://teams.microsoft.com/v2/', 'teams:teams.microsoft.com'],
    [
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4YTk2ZDEtZTVl%40thread.v2/0?context=%7b%7d',
      'teams:meeting_NzQ4YTk2ZDEtZTVl',
    ],
    ['https://teams.live.com/light-meetings/launch?coords=abc', 'teams:teams.live.com'],
    ['https://teams.cloud.microsoft/', 'teams:teams.cloud.microsoft'],
  ])('recognises the call in %s', (url, key) => {
    expect(callKeyOf(url)?.key).toBe(key);
  });

  it.each([
    'https://meet.google.com/',
    'https://meet.google.com/landing',
    'https://app.zoom.us/wc/home',
    'http://meet.google.com/abc-defg-hij',
    'https://evil.example/abc-defg-hij',
    'https://zoom.us.evil.example/wc/123456789/join',
    'https://teams.microsoft.com.evil.example/v2/',
    'http://teams.microsoft.com/v2/',
    'not a url',
  ])('finds no call in %s', (url) => {
    expect(callKeyOf(url)).toBeNull();
  });
});
