// Survey answers per month: how many gave each score (stacked bars) and the mean score (a line on
// its own axis). The same numbers are in the table below the chart, which screen readers read.
(function () {
    'use strict';
    var canvas = document.getElementById('feedback-chart');
    var source = document.getElementById('feedback-data');
    if (!canvas || !source || typeof Chart === 'undefined') {
        return;
    }
    var data = JSON.parse(source.textContent);
    var rtl = document.documentElement.dir === 'rtl';
    var colours = ['#a4262c', '#d9822b', '#b0a990', '#5b9a8b', '#0b5d52'];
    var datasets = data.series.map(function (series, i) {
        return {type: 'bar', label: series.label, data: series.data, backgroundColor: colours[i], yAxisID: 'y', stack: 'answers'};
    });
    datasets.push({type: 'line', label: data.meanLabel, data: data.means, borderColor: '#1d1d1b', backgroundColor: '#1d1d1b',
        yAxisID: 'mean', tension: 0.2});
    new Chart(canvas, {
        data: {labels: data.labels, datasets: datasets},
        options: {
            animation: false,
            locale: document.documentElement.lang === 'ar' ? 'ar-u-nu-latn' : document.documentElement.lang,
            scales: {
                x: {stacked: true, reverse: rtl},
                y: {stacked: true, beginAtZero: true, ticks: {precision: 0}, position: rtl ? 'right' : 'left'},
                mean: {min: 1, max: 5, position: rtl ? 'left' : 'right', grid: {drawOnChartArea: false}}
            },
            plugins: {legend: {rtl: rtl}}
        }
    });
})();
