// google.script.run and google.script.host for a page served by the playground: calls go to /api/run.
/* global window, scriptRunRules */
(function () {
  'use strict';
  function notifyParent(message) {
    if (window.parent !== window) window.parent.postMessage(message, '*');
  }
  function runner(success, failure, userObject) {
    return new Proxy(
      {},
      {
        get: function (_target, name) {
          if (name === 'withSuccessHandler') {
            return function (handler) {
              return runner(handler, failure, userObject);
            };
          }
          if (name === 'withFailureHandler') {
            return function (handler) {
              return runner(success, handler, userObject);
            };
          }
          if (name === 'withUserObject') {
            return function (object) {
              return runner(success, failure, object);
            };
          }
          if (typeof name !== 'string' || name === 'then') return undefined;
          return function () {
            const args = Array.prototype.slice.call(arguments);
            // Like the real google.script.run, an illegal argument throws at once.
            scriptRunRules.checkScriptRunArgs(args);
            fetch('/api/run', {
              method: 'POST',
              headers: {'content-type': 'application/json'},
              body: JSON.stringify({name: name, args: args}),
            })
              .then(response => {
                return response.json();
              })
              .then(
                answer => {
                  notifyParent({type: 'paper-haul:ran', name: name});
                  if (answer.opened && answer.opened.length) {
                    notifyParent({
                      type: 'paper-haul:opened',
                      opened: answer.opened,
                    });
                  }
                  if (answer.ok) {
                    if (success) success(answer.value, userObject);
                  } else if (failure) {
                    failure(new Error(answer.error), userObject);
                  }
                },
                () => {
                  if (failure) {
                    failure(
                      new Error(
                        'NetworkError: Connection failure due to HTTP 0',
                      ),
                      userObject,
                    );
                  }
                },
              );
          };
        },
      },
    );
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        close: function () {
          notifyParent({type: 'paper-haul:close'});
        },
        setHeight: function () {},
        setWidth: function () {},
        editor: {focus: function () {}},
      },
    },
  };
})();
