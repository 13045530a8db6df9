// DocumentApp.create: a new document apart from the bound one, found again by openById, behind the full documents scope.
import {createEnvironment} from '../../emulator';

describe('DocumentApp.create', () => {
  it('makes a separate document of one empty paragraph that openById finds again', () => {
    const env = createEnvironment({
      document: {body: [{type: 'paragraph', text: 'mine'}]},
    });
    const app = env.globals.DocumentApp;
    const made = app.create('Scratch');
    expect(made.getName()).toBe('Scratch');
    made.getBody().appendParagraph('scratch text');
    const again = app.openById(made.getId());
    expect(again.getBody().getText()).toBe('\nscratch text');
    expect(env.createdDocuments.get(made.getId())?.toJSON()).toEqual({
      body: [
        {type: 'paragraph', text: ''},
        {type: 'paragraph', text: 'scratch text'},
      ],
    });
    expect(env.document.toJSON()).toEqual({
      body: [{type: 'paragraph', text: 'mine'}],
    });
  });

  it('needs the documents scope, as openById does', () => {
    const env = createEnvironment({
      manifest: {
        oauthScopes: ['https://www.googleapis.com/auth/documents.currentonly'],
      },
    });
    expect(() => env.globals.DocumentApp.create('Scratch')).toThrow(
      /Required permissions: https:\/\/www.googleapis.com\/auth\/documents$/,
    );
  });
});
