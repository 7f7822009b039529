// The dashboard's charts, drawn from the figures' numbers in a non-executable JSON block. Each chart has the same numbers
// in the table below it, which is what screen readers and keyboard users read.
(function () {
    'use strict';
    var source = document.getElementById('figures-data');
    if (!source || typeof Chart === 'undefined') {
        return;
    }
    var figures = JSON.parse(source.textContent);
    var colours = ['#0b5d52', '#c9a227', '#8a5a44', '#55636a', '#3b7a9e', '#a14a0b'];
    var rtl = document.documentElement.dir === 'rtl';
    var locale = document.documentElement.lang === 'ar' ? 'ar-u-nu-latn' : document.documentElement.lang;
    document.querySelectorAll('canvas[data-figure]').forEach(function (canvas) {
        var figure = figures[canvas.getAttribute('data-figure')];
        if (!figure) {
            return;
        }
        var stacked = figure.chart.indexOf('stacked') === 0;
        // a list of names (every state, every factor) is drawn across the page, a bar a row, as tall as its rows need
        var across = /-across$/.test(figure.chart);
        if (across) {
            canvas.parentElement.style.blockSize = Math.max(16, figure.labels.length * 1.5 + 4) + 'rem';
        }
        var counts = {stacked: stacked, beginAtZero: true, ticks: {precision: 0}};
        new Chart(canvas, {
            type: figure.chart === 'line' ? 'line' : 'bar',
            data: {
                labels: figure.labels,
                datasets: figure.columns.map(function (column, i) {
                    // a figure may colour each bar (conditions keep their own colours); else one colour a column
                    var colour = figure.colours || colours[i % colours.length];
                    return {label: column, data: figure.series[i], backgroundColor: colour, borderColor: colour};
                })
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                locale: locale,
                indexAxis: across ? 'y' : 'x',
                scales: across
                    ? {x: Object.assign({reverse: rtl}, counts), y: {stacked: stacked, position: rtl ? 'right' : 'left', ticks: {autoSkip: false}}}
                    : {x: {stacked: stacked, reverse: rtl}, y: counts},
                plugins: {legend: {rtl: rtl, display: figure.columns.length > 1}}
            }
        });
    });
})();
