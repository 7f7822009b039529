// Decisions of the Committee per year and outcome, as a stacked bar chart. The same numbers are in
// the table below the chart, which is what screen readers and keyboard users read.
(function () {
    'use strict';
    var canvas = document.getElementById('decisions-chart');
    var source = document.getElementById('decisions-data');
    if (!canvas || !source || typeof Chart === 'undefined') {
        return;
    }
    var data = JSON.parse(source.textContent);
    var colours = ['#0b5d52', '#c9a227', '#8a5a44', '#6c757d'];
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: data.years.map(String),
            datasets: data.series.map(function (series, i) {
                return {label: series.label, data: series.data, backgroundColor: colours[i % colours.length]};
            })
        },
        options: {
            animation: false,
            locale: document.documentElement.lang === 'ar' ? 'ar-u-nu-latn' : document.documentElement.lang,
            scales: {x: {stacked: true, reverse: document.documentElement.dir === 'rtl'}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}},
            plugins: {legend: {rtl: document.documentElement.dir === 'rtl'}}
        }
    });
})();
