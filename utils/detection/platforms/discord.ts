// Discord: the client has deep-link routes (/settings/<section>, /guilds/<id>/settings/…,
// /family-center, /feature/family-center), but settings usually open as a full-screen layer over
// /channels/… without changing the URL (page-signals.md §1). That layer is recognised by stable
// ids and ARIA labels (`<slug>-tab` panels, the settings navigation), never by Discord's hashed
// class names. The gear button (`button[aria-label="User Settings"]`) is always there when signed
// in, so it is not a signal; the `nav` with that label is.
import type { RulePack } from './types';

/**
 * A settings route and its twin under the app's home: the web client also opens the settings
 * layer at /channels/@me/settings/<section> and public code links there (search index files
 * 11633918337, 21162741051, 29970094387: /channels/@me/settings/profile, …/authorized-apps).
 */
const inSettings = (sections: string) => [`/settings/${sections}`, `/channels/@me/settings/${sections}`];

/**
 * Routes of the signed-in app, where the settings layer can open: /channels/** and
 * /message-requests are the client's ME and MESSAGE_REQUESTS routes (page-signals.md §1); the
 * others are the app's sections as the pack reads them (no corpus row, unconfirmed).
 */
const APP = ['/channels/**', '/app', '/activity/**', '/shop/**', '/store/**', '/discovery/**', '/guild-discovery/**', '/library/**', '/message-requests/**', '/quest-home/**'];
const WATCH = '#app-mount';
const TABS = ['aria-selected'];

export const discord: RulePack = {
  id: 'discord',
  hosts: ['discord.com', 'www.discord.com', 'discordapp.com', 'www.discordapp.com', 'canary.discord.com', 'ptb.discord.com'],
  reportUrl: 'https://support.discord.com/hc/en-us/articles/360000291932',
  pages: [
    {
      // Source: the client's FAMILY_CENTER routes (moonlight-mod's typings, page-signals.md §1),
      // the archived support article naming /feature/family-center (shared corpus);
      // /settings/family-center: public code (search index file 51810498897).
      id: 'family-center',
      context: 'supervision',
      url: { paths: ['/feature/family-center/**', '/family-center/**', ...inSettings('family-center/**')] },
      deepLink: 'https://discord.com/feature/family-center',
      testUrls: ['https://discord.com/feature/family-center', 'https://discord.com/family-center/settings', 'https://discord.com/feature/family-center/my-family/a/b'],
    },
    {
      // Source: the settings sections' names (UserSettingsSections, page-signals.md §1) as slugs;
      // /settings/privacy-and-safety in public code (search index files 54501560585, 8901972530).
      id: 'privacy-and-safety',
      context: 'privacy',
      // Also privacy-safety and connections (the accounts linked to the profile), as public code
      // links them (search index files 69631464249, 61980842993).
      url: { paths: inSettings('privacy-and-safety|privacy-&-safety|privacy_and_safety|privacy-safety|privacy|data-and-privacy|data-&-privacy|content-and-social|content-&-social|authorized-apps|authorized_apps|connections/**') },
      deepLink: 'https://discord.com/settings/privacy-and-safety',
      testUrls: ['https://discord.com/settings/privacy-and-safety', 'https://discord.com/settings/data-and-privacy', 'https://discord.com/settings/content-and-social', 'https://discord.com/channels/@me/settings/privacy-and-safety', 'https://discord.com/channels/@me/settings/connections'],
    },
    {
      // Source: the sections Blocked Users, Friend Requests and Sessions (page-signals.md §1);
      // /account-standing: the client's ACCOUNT_STANDING route (same).
      id: 'blocked',
      context: 'safety',
      // devices: the signed-in sessions (public code's "security" link, search index file 70537366059).
      url: { paths: [...inSettings('blocked|blocked-users|friend-requests|sessions|devices/**'), '/account-standing/**'] },
      testUrls: ['https://discord.com/settings/blocked-users', 'https://discord.com/account-standing', 'https://canary.discord.com/settings/devices'],
    },
    {
      // Source: the client's GUILD_SETTINGS route, /guilds/<id>/settings/<setting> (page-signals.md
      // §1).
      id: 'server-settings',
      context: 'group',
      url: { paths: ['/guilds/*/settings/**'] },
      testUrls: ['https://discord.com/guilds/123456789012345678/settings/overview', 'https://discord.com/guilds/123456789012345678/settings/safety/1'],
    },
    {
      // Source: the client's SETTINGS route, /settings/<section> (page-signals.md §1), and the deep
      // links seen in code (account, premium, hypesquad-online, subscriptions: the shared corpus).
      id: 'account',
      context: 'account',
      url: { paths: inSettings('**') },
      deepLink: 'https://discord.com/settings/account',
      testUrls: ['https://discord.com/settings/account', 'https://discord.com/settings/hypesquad-online', 'https://discordapp.com/settings/account', 'https://canary.discord.com/settings/premium', 'https://discord.com/channels/@me/settings/account'],
    },
    {
      // Source: the `<slug>-tab` panel ids in public code (page-signals.md §1).
      id: 'privacy-and-safety-layer',
      context: 'privacy',
      url: { paths: APP },
      dom: {
        anyOf: ['[id="privacy-&-safety-tab"]', '[id="data-&-privacy-tab"]', '[id="content-&-social-tab"]', '[role="tab"][aria-selected="true"][aria-controls$="privacy-tab"]'],
        watch: WATCH,
        watchAttributes: TABS,
      },
      testUrls: ['https://discord.com/channels/@me'],
    },
    {
      // Source: the `<slug>-tab` panel ids in public code (page-signals.md §1).
      id: 'family-center-layer',
      context: 'supervision',
      url: { paths: APP },
      dom: { anyOf: ['[id="family-center-tab"]', '[role="tab"][aria-selected="true"][aria-controls="family-center-tab"]'], watch: WATCH, watchAttributes: TABS },
      testUrls: ['https://discord.com/channels/@me'],
    },
    {
      // Source: the settings navigation's label (page-signals.md §1); the French label is our
      // reading of the UI (inferred).
      id: 'server-settings-layer',
      context: 'group',
      url: { paths: APP },
      dom: { anyOf: ['nav[aria-label="Server Settings" i]', 'nav[aria-label="Paramètres du serveur" i]'], watch: WATCH },
      testUrls: ['https://discord.com/channels/123456789012345678/123456789012345679'],
    },
    {
      // Source: #my-account-tab and the settings navigation's label in public code (page-signals.md
      // §1).
      id: 'account-layer',
      context: 'account',
      url: { paths: APP },
      dom: {
        anyOf: ['[id="my-account-tab"]', 'nav[aria-label="User Settings" i]', 'nav[aria-label="Paramètres utilisateur" i]', '[role="tablist"][aria-label="User Settings" i]'],
        watch: WATCH,
      },
      testUrls: ['https://discord.com/channels/@me', 'https://discord.com/channels/123456789012345678/123456789012345679'],
    },
  ],
  notSettings: [
    'https://discord.com/channels/@me',
    'https://discord.com/safety-family-center',
    'https://discord.com/safety-parents',
    'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
    'https://discord.com/invite/exampleinvite',
    'https://discord.com/login',
    'https://discord.com/privacy',
    'https://discord.com/terms',
  ],
};
