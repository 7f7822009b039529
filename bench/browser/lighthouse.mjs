// Lighthouse's four category scores for the pages a visitor on a phone opens most, each page run in a
// fresh headless chromium with Lighthouse's mobile emulation and simulated throttling.
//
//   node lighthouse.mjs BASE_URL OUTPUT.json REPORT_DIR
//   TURATH_LIGHTHOUSE_PAGES=map node lighthouse.mjs …   (only the pages named)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {writeFileSync} from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const output = process.argv[3] ?? 'lighthouse.json';
const reports = process.argv[4] ?? '.';
const pages = {
    home: '/ar/',
    heritage: '/ar/heritage/IWH-0075',
    map: '/ar/map',
    search: '/ar/search?q=%D9%85%D8%B3%D8%AC%D8%AF',
};

// TURATH_LIGHTHOUSE_PAGES=map,home runs only those (while working on one page)
const only = (process.env.TURATH_LIGHTHOUSE_PAGES ?? '').split(',').filter(Boolean);
const results = {};
for (const [name, path] of Object.entries(pages).filter(([name]) => only.length === 0 || only.includes(name))) {
    const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
        const run = await lighthouse(base + path, {port: chrome.port, output: 'html', logLevel: 'error'});
        const lhr = run.lhr;
        writeFileSync(`${reports}/${name}.html`, run.report);
        results[name] = {
            path,
            performance: Math.round(lhr.categories.performance.score * 100),
            accessibility: Math.round(lhr.categories.accessibility.score * 100),
            bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
            seo: Math.round(lhr.categories.seo.score * 100),
            firstContentfulPaintMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
            largestContentfulPaintMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
            totalBlockingTimeMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
            cumulativeLayoutShift: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
            transferredBytes: lhr.audits['total-byte-weight'].numericValue,
            failing: Object.values(lhr.audits)
                .filter(audit => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative'
                    && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
                .map(audit => audit.id),
        };
        const r = results[name];
        console.log(`${name.padEnd(9)} performance ${r.performance}  accessibility ${r.accessibility}  best practices ${r.bestPractices}`
            + `  SEO ${r.seo}   (LCP ${r.largestContentfulPaintMs} ms, ${Math.round(r.transferredBytes / 1024)} KB)`);
    } finally {
        await chrome.kill();
    }
}
writeFileSync(output, JSON.stringify({
    date: new Date().toISOString(),
    base,
    lighthouse: '12.2.3, mobile emulation, simulated throttling (Lighthouse defaults)',
    browser: 'Debian chromium, headless',
    pages: results,
}, null, 2));
console.log('written: ' + output);
