// Reads each manifest file named on the command line as a IIIF client does (@iiif/parser): the strict Presentation 3
// upgrader lists what breaks the specification, normalisation must find the manifest and its canvases. Prints one
// JSON line per manifest; exits 1 when any has a problem.
'use strict';
const fs = require('fs');
const {normalize} = require('./dist/index.cjs');
const {presentation3StrictUpgrade} = require('./dist/strict.cjs');

let failed = false;
for (const file of process.argv.slice(2)) {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const report = {warnings: []};
    presentation3StrictUpgrade(JSON.parse(JSON.stringify(json)), report);
    const problems = report.warnings.slice();
    const normalised = normalize(json);
    const manifest = normalised.entities.Manifest[normalised.resource.id];
    if (!manifest) {
        problems.push('no Manifest found');
    }
    const canvases = manifest ? manifest.items.map((ref) => normalised.entities.Canvas[ref.id]) : [];
    const services = canvases.map((canvas) => {
        const page = normalised.entities.AnnotationPage[canvas.items[0].id];
        const annotation = normalised.entities.Annotation[page.items[0].id];
        const body = normalised.entities.ContentResource[annotation.body[0].id];
        return body && body.service && body.service[0] ? body.service[0].id || body.service[0]['@id'] : null;
    });
    if (problems.length > 0) {
        failed = true;
    }
    console.log(JSON.stringify({file, id: manifest && manifest.id, labels: manifest && Object.keys(manifest.label || {}),
        viewingDirection: manifest && manifest.viewingDirection, canvases: canvases.length, services, problems}));
}
process.exit(failed ? 1 : 0);
