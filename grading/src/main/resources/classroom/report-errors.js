// Runs first: every script error, rejected promise or blocked load is written into the page, so that a test (or
// an instructor) sees it in the page itself; the body's data-script-errors counts them.
(function () {
  'use strict';
  var count = 0;
  function note(message) {
    count++;
    var list = document.getElementById('script-errors');
    if (list) {
      list.hidden = false;
      list.textContent += message + '\n';
    }
    document.body.setAttribute('data-script-errors', String(count));
  }
  window.addEventListener('error', function (e) {
    note('error: ' + e.message + ' (' + (e.filename || 'page') + ':' + e.lineno + ')');
  });
  window.addEventListener('unhandledrejection', function (e) {
    note('unhandled rejection: ' + e.reason);
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    note('blocked by the page\'s content security policy: ' + e.violatedDirective + ' ' + (e.blockedURI || ''));
  });
  document.body.setAttribute('data-script-errors', '0');
}());
