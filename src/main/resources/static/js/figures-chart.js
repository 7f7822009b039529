// The dashboard's charts, drawn from the figures' numbers in a non-executable JSON block. Each chart has the same numbers
// in the table below it, which is what screen readers and keyboard users read.
(function () {
    'use strict';
    var source = document.getElementById('figures-data');
    if (!source || typeof Chart === 'undefined') {
        return;
    }
    var figures = JSON.parse(source.textContent);
    var SHOWN = 30;
    var colours = ['#0b5d52', '#c9a227', '#8a5a44', '#55636a', '#3b7a9e', '#a14a0b'];
    var rtl = document.documentElement.dir === 'rtl';
    var locale = document.documentElement.lang === 'ar' ? 'ar-u-nu-latn' : document.documentElement.lang;
    document.querySelectorAll('canvas[data-figure]').forEach(function (canvas) {
        var figure = figures[canvas.getAttribute('data-figure')];
        if (!figure) {
            return;
        }
        var stacked = figure.chart === 'stacked';
        // a long figure (every state) draws its first rows; the table under it holds them all, and says so
        var shown = Math.min(figure.labels.length, SHOWN);
        new Chart(canvas, {
            type: figure.chart === 'line' ? 'line' : 'bar',
            data: {
                labels: figure.labels.slice(0, shown),
                datasets: figure.columns.map(function (column, i) {
                    // a figure may colour each bar (conditions keep their own colours); else one colour a column
                    var colour = figure.colours || colours[i % colours.length];
                    return {label: column, data: figure.series[i].slice(0, shown), backgroundColor: colour, borderColor: colour};
                })
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                locale: locale,
                scales: {x: {stacked: stacked, reverse: rtl}, y: {stacked: stacked, beginAtZero: true, ticks: {precision: 0}}},
                plugins: {legend: {rtl: rtl, display: figure.columns.length > 1}}
            }
        });
    });
})();
