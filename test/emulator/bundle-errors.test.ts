// Errors thrown by emulated services are Errors to the bundle, as Apps Script's are to a script.
import {load} from './load';

const code = `
function serviceError() {
  try {
    DocumentApp.openById('no-such-document');
  } catch (err) {
    return {isError: err instanceof Error, isTypeError: err instanceof TypeError, message: err.message};
  }
}
function scriptErrors() {
  var caught;
  try { null.x; } catch (err) { caught = err; }
  return {
    typeError: caught instanceof Error && caught instanceof TypeError,
    own: new Error('mine') instanceof Error,
    plainObject: ({message: 'not an error'}) instanceof Error,
    notAnObject: 'text' instanceof Error,
  };
}`;

describe('errors inside the bundle', () => {
  it('a service error is an Error (not a TypeError) with its message', () => {
    const {fns} = load(code);
    expect(fns.serviceError()).toEqual({
      isError: true,
      isTypeError: false,
      message: expect.stringContaining('Document is missing'),
    });
  });

  it("the script's own errors and non-errors are judged as usual", () => {
    const {fns} = load(code);
    expect(fns.scriptErrors()).toEqual({
      typeError: true,
      own: true,
      plainObject: false,
      notAnObject: false,
    });
  });
});
