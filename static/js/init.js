// Runs first in <body>: lets GOV.UK Frontend style components for browsers that run its JavaScript.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
