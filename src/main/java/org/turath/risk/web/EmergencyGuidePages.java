package org.turath.risk.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.shared.Language;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The emergency guide: its page (checklists a team ticks on a phone, kept on the device), its PDF per language, and the
 * service worker that keeps both for reading offline once visited.
 */
@Controller
class EmergencyGuidePages {

    private final EmergencyGuide guide;
    private final org.turath.risk.internal.ContactsDesk contacts;
    private final org.turath.geo.GeoApi geo;

    EmergencyGuidePages(EmergencyGuide guide, org.turath.risk.internal.ContactsDesk contacts, org.turath.geo.GeoApi geo) {
        this.guide = guide;
        this.contacts = contacts;
        this.geo = geo;
    }

    /** The guide, and the emergency contacts of the state chosen ({@code ?state=MA}), as its focal points keep them. */
    @GetMapping("/" + LANG + "/emergency-guide")
    String page(@PathVariable Language lang, @org.springframework.web.bind.annotation.RequestParam(name = "state", required = false) String state,
                Model model) {
        model.addAttribute("guide", guide.guide());
        model.addAttribute("memberStates", geo.memberStates(lang));
        if (state != null && !state.isBlank()) {
            String code = state.strip().toUpperCase(java.util.Locale.ROOT);
            if (!code.matches("[A-Z]{2}") || !geo.memberStateCodes().contains(code)) {
                throw new org.turath.shared.InvalidRequestException("state");
            }
            model.addAttribute("contactState", code);
            model.addAttribute("contactStateName", geo.country(code).map(c -> c.name(lang)).orElse(code));
            model.addAttribute("contacts", contacts.of(code).contacts());
        }
        return "risk/guide";
    }

    @GetMapping("/" + LANG + "/emergency-guide.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Language lang) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("emergency-guide-" + lang.tag() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(guide.pdf(lang));
    }

    /**
     * The service worker of the guide's pages in one language (its scope is {@code /<lang>/emergency-guide}): it keeps
     * the page, its PDF and what the page loads, and answers from them when the network does not.
     */
    @GetMapping(path = "/" + LANG + "/emergency-guide.offline.js", produces = "text/javascript")
    ResponseEntity<String> worker(@PathVariable Language lang) {
        String cache = "turath-guide-" + lang.tag() + "-" + guide.guide().version();
        String page = "/" + lang.tag() + "/emergency-guide";
        String script = """
                // The emergency guide, readable offline once visited: network first, the kept copy when there is none.
                'use strict';
                var CACHE = '%s';
                var PAGES = ['%s', '%s.pdf'];
                self.addEventListener('install', function (event) {
                    event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(PAGES); }).then(function () {
                        return self.skipWaiting();
                    }));
                });
                self.addEventListener('activate', function (event) {
                    event.waitUntil(caches.keys().then(function (names) {
                        return Promise.all(names.filter(function (name) {
                            return name.indexOf('turath-guide-%s-') === 0 && name !== CACHE;
                        }).map(function (name) { return caches.delete(name); }));
                    }).then(function () { return self.clients.claim(); }));
                });
                self.addEventListener('fetch', function (event) {
                    var request = event.request;
                    if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
                        return;
                    }
                    event.respondWith(fetch(request).then(function (response) {
                        if (response.ok) {
                            var copy = response.clone();
                            caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
                        }
                        return response;
                    }).catch(function () {
                        return caches.match(request, {ignoreSearch: true}).then(function (kept) {
                            return kept || caches.match(PAGES[0]);
                        });
                    }));
                });
                """.formatted(cache, page, page, lang.tag());
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.valueOf("text/javascript"))
                .body(script);
    }
}
