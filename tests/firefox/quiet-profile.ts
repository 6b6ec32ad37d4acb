// Preferences for the Firefox test profile: every request leaves through one local proxy (which
// records it and refuses it), and Firefox's own background services are switched off so that an
// empty record means "the extension and the pages made no request", not "nobody was listening".
// puppeteer's own profile defaults already turn off safe browsing downloads, search updates,
// extension updates and the add-ons metadata cache; the entries below cover the rest.

/** The environment Firefox runs with. */
export function quietEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MOZ_HEADLESS: '1',
    // Firefox's own test switch: a connection to anything but the loopback interface is refused
    // (in release builds; debug builds crash). The recording proxy listens on 127.0.0.1, so it
    // still sees every attempt. It also lets the remote settings server preference below take effect:
    // https://searchfox.org/mozilla-central/source/services/settings/Utils.sys.mjs
    MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
  };
}

export function quietPreferences(proxyPort: number, extensionId: string, extensionUuid: string): Record<string, unknown> {
  return {
    // Every connection goes to the recording proxy, loopback included, and never around it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'media.peerconnection.ice.proxy_only': true,
    // No lookups or connections made ahead of time, no DNS over HTTPS.
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.trr.mode': 5,
    // Connectivity and captive portal probes.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    // Telemetry, studies, experiments, crash and health reports.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'datareporting.usage.uploadEnabled': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.topsites.contile.enabled': false,
    // Remote settings (blocklists, certificate revocation lists, quarantined domains, ...):
    // the "dummy" URL makes the client skip all remote activity.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.blocklist.enabled': false,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.OCSP.enabled': 0,
    // Updates of Firefox, system add-ons, media plugins; region and geolocation lookups.
    'app.update.auto': false,
    'app.update.staging.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'media.gmp-manager.url': 'data:,',
    'media.gmp-gmpopenh264.enabled': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'browser.search.geoip.url': '',
    'geo.provider.network.url': '',
    // Safe browsing list updates, push, accounts and sync.
    'browser.safebrowsing.update.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'identity.fxaccounts.enabled': false,
    'browser.discovery.enabled': false,
    // The add-on under test gets a known internal UUID, so its pages have a known origin.
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: extensionUuid }),
    // Console messages of pages and extension pages are printed on Firefox's standard output,
    // where the harness reads them: the WebDriver BiDi log does not report extension pages.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': false,
  };
}
