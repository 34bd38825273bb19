// Draws the report's charts with ECharts (inlined above) from the JSON block #report-data, as SVG so that the
// drawn bars are part of the page. When every chart has drawn, the body says so: data-charts-drawn equals
// data-charts-expected.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var expected = 0;
  var drawn = 0;
  var palette = ['#3366aa', '#cc6633', '#339966', '#aa3366'];

  function draw(id, option) {
    expected++;
    var element = document.getElementById(id);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    option.animation = false;
    option.color = palette;
    option.tooltip = option.tooltip || { trigger: 'axis', renderMode: 'richText' };
    chart.setOption(option);
    if (element.querySelector('svg path')) {
      drawn++;
      element.setAttribute('data-drawn', 'true');
    }
  }

  draw('chart-totals', {
    grid: { left: 50, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: data.totals.labels, name: 'total points', nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', minInterval: 1, name: 'submissions', nameTextStyle: { align: 'left' } },
    series: [{ type: 'bar', name: 'submissions', data: data.totals.counts }]
  });

  draw('chart-questions', {
    grid: { left: 50, right: 20, top: 30, bottom: 40 },
    legend: { data: ['spread', 'mean'] },
    xAxis: { type: 'category', data: data.questions.ids },
    yAxis: { type: 'value', min: 0, max: 100, name: 'percent of the question\'s points', nameTextStyle: { align: 'left' } },
    series: [
      { type: 'boxplot', name: 'spread', data: data.questions.boxes },
      { type: 'scatter', name: 'mean', data: data.questions.means, symbolSize: 10 }
    ]
  });

  draw('chart-races', {
    grid: { left: 260, right: 30, top: 20, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1, name: 'submissions', nameLocation: 'middle', nameGap: 25 },
    yAxis: { type: 'category', data: data.races.names.length ? data.races.names : ['no race caught'], inverse: true,
      axisLabel: { width: 240, overflow: 'truncate' } },
    series: [{ type: 'bar', name: 'submissions', data: data.races.names.length ? data.races.counts : [0] }]
  });

  draw('chart-failed', {
    grid: { left: 330, right: 30, top: 20, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1, name: 'submissions', nameLocation: 'middle', nameGap: 25 },
    yAxis: { type: 'category', data: data.failed.names.length ? data.failed.names : ['no check failed'], inverse: true,
      axisLabel: { width: 310, overflow: 'truncate' } },
    series: [{ type: 'bar', name: 'submissions', data: data.failed.names.length ? data.failed.counts : [0] }]
  });

  document.body.setAttribute('data-charts-expected', String(expected));
  document.body.setAttribute('data-charts-drawn', String(drawn));
}());
