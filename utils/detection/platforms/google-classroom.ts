// Google Classroom: the user's settings page is /s (also /u/<n>/s); public links label it as the
// notifications page. Class pages (/c/<id>/…) are streams and assignments, never settings; a
// class's own settings open as a dialog with no URL of their own in the sources.
import type { RulePack } from './types';

export const googleClassroom: RulePack = {
  id: 'google-classroom',
  hosts: ['classroom.google.com'],
  reportUrl: 'https://support.google.com/edu/classroom',
  pages: [
    {
      // Source: no corpus row is a Classroom settings page (the corpora hold streams, assignments
      // and home pages), so /s rests on the public links named above, which no corpus file records
      // (unconfirmed).
      id: 'settings',
      context: 'account',
      url: { paths: ['/s', '/u/*/s', '/h/s', '/u/*/h/s'] },
      deepLink: 'https://classroom.google.com/s',
      testUrls: ['https://classroom.google.com/s', 'https://classroom.google.com/u/0/s'],
    },
  ],
  notSettings: [
    'https://classroom.google.com/c/ABCDEFGH/a/ABCDEFGH/details',
    'https://classroom.google.com/u/0/h',
    'https://classroom.google.com/u/0/c/ABCDEFGH',
    'https://classroom.google.com/u/0/share?url=https%3A%2F%2Fexample.org',
    'https://classroom.google.com/u/0/a/not-turned-in/all',
  ],
};
