// Page weight as a visitor's browser gets it: the bytes transferred (headers and compressed bodies, as
// the DevTools protocol counts them) for each kind of page, on a first visit with an empty cache and on
// the next page of the same kind with the cache the first one filled. The page is scrolled to the end
// so what loads when it comes into view (the map) is counted too.
//
//   node weight.mjs BASE_URL OUTPUT.json [WIDTH]
import puppeteer from 'puppeteer-core';
import {writeFileSync} from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const output = process.argv[3] ?? 'weight.json';
const width = Number(process.argv[4] ?? 390);

// each kind: the page of a first visit, then the next page of the same kind
const kinds = {
    home: ['/ar/', '/ar/states'],
    heritage: ['/ar/heritage/IWH-0075', '/ar/heritage/IWH-0014'],
    map: ['/ar/map', '/ar/map?q=%D9%85%D8%B3%D8%AC%D8%AF'],
    search: ['/ar/search?q=%D9%85%D8%B3%D8%AC%D8%AF', '/ar/search?q=%D9%82%D9%84%D8%B9%D8%A9'],
    list: ['/ar/heritage', '/ar/heritage?status=IN_DANGER'],
    state: ['/ar/states/MA', '/ar/states/EG'],
    news: ['/ar/news', '/ar/publications'],
    trainings: ['/ar/trainings', '/ar/trainings/calendar'],
};

const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

async function visit(page, client, url) {
    const requests = new Map();
    const finished = [];
    const onResponse = event => requests.set(event.requestId, {url: event.response.url, status: event.response.status,
        encoding: event.response.headers['content-encoding'] ?? event.response.headers['Content-Encoding'] ?? null,
        fromCache: event.response.fromDiskCache || event.response.fromServiceWorker});
    const onFinished = event => finished.push(event);
    client.on('Network.responseReceived', onResponse);
    client.on('Network.loadingFinished', onFinished);
    await page.goto(base + url, {waitUntil: 'networkidle0', timeout: 60000});
    await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
            window.scrollTo(0, y);
            await new Promise(resolve => setTimeout(resolve, 120));
        }
    });
    await page.waitForNetworkIdle({idleTime: 800, timeout: 30000}).catch(() => {});
    client.off('Network.responseReceived', onResponse);
    client.off('Network.loadingFinished', onFinished);
    const resources = finished.map(event => ({...requests.get(event.requestId), bytes: event.encodedDataLength}))
        .filter(resource => resource.url);
    return {
        url,
        transferredBytes: resources.reduce((sum, resource) => sum + resource.bytes, 0),
        requests: resources.length,
        fromNetwork: resources.filter(resource => resource.bytes > 0).length,
        uncompressedText: resources.filter(resource => resource.bytes > 1024 && !resource.encoding
            && /\.(js|css|json|geojson|svg|html?)(\?|$)|\/(ar|en|fr)\//.test(resource.url)).map(resource => resource.url),
        // every resource, largest first: where the bytes go
        resources: resources.sort((a, b) => b.bytes - a.bytes)
            .map(resource => ({url: resource.url.replace(base, ''), bytes: resource.bytes, encoding: resource.encoding})),
    };
}

const results = {};
for (const [kind, [first, next]] of Object.entries(kinds)) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({width, height: 844, isMobile: width < 600, hasTouch: width < 600});
    const client = await page.createCDPSession();
    await client.send('Network.enable');
    results[kind] = {first: await visit(page, client, first), next: await visit(page, client, next)};
    console.log(`${kind.padEnd(10)} first ${String(Math.round(results[kind].first.transferredBytes / 1024)).padStart(5)} KB`
        + `   next ${String(Math.round(results[kind].next.transferredBytes / 1024)).padStart(5)} KB`);
    await context.close();
}
await browser.close();

writeFileSync(output, JSON.stringify({
    date: new Date().toISOString(),
    base,
    viewport: `${width}x844`,
    browser: 'Debian chromium, headless, cache empty at each kind\'s first page',
    pages: results,
}, null, 2));
console.log('written: ' + output);
