// HtmlService: outputs from the built pages or strings, and templates with <?= ?> (escaped), <?!= ?> (raw) and <? ?>.
import type {EmulatorContext} from '../context';

export const SANDBOX_MODE = {
  EMULATED: 'EMULATED',
  IFRAME: 'IFRAME',
  NATIVE: 'NATIVE',
};
export const X_FRAME_OPTIONS_MODE = {ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT'};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return printable(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function printable(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** An HtmlOutput whose settings the Ui reads when it shows it. */
export class EmulatedHtmlOutput {
  title = '';
  width: number | undefined;
  height: number | undefined;
  sandboxMode = SANDBOX_MODE.IFRAME;
  xFrameOptionsMode = X_FRAME_OPTIONS_MODE.DEFAULT;

  constructor(
    private readonly ctx: EmulatorContext,
    private content: string,
  ) {}

  private call(method: string): void {
    this.ctx.call(`HtmlService.HtmlOutput.${method}`, 'utility');
  }

  getContent(): string {
    this.call('getContent');
    return this.content;
  }
  setContent(content: string): this {
    this.call('setContent');
    this.content = String(content);
    return this;
  }
  append(content: string): this {
    this.call('append');
    this.content += String(content);
    return this;
  }
  getTitle(): string {
    this.call('getTitle');
    return this.title;
  }
  setTitle(title: string): this {
    this.call('setTitle');
    this.title = String(title);
    return this;
  }
  getWidth(): number | undefined {
    this.call('getWidth');
    return this.width;
  }
  setWidth(width: number): this {
    this.call('setWidth');
    this.width = width;
    return this;
  }
  getHeight(): number | undefined {
    this.call('getHeight');
    return this.height;
  }
  setHeight(height: number): this {
    this.call('setHeight');
    this.height = height;
    return this;
  }
  /** Apps Script serves only IFRAME now; other modes are accepted and ignored there too. */
  setSandboxMode(mode: string): this {
    this.call('setSandboxMode');
    this.sandboxMode = mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.call('setXFrameOptionsMode');
    this.xFrameOptionsMode = mode;
    return this;
  }
  /** The content without counting a call: what the emulator's Ui records. */
  peekContent(): string {
    return this.content;
  }
}

/** Compiles a template to a function of (scope, escape) that returns the page. */
function compileTemplate(source: string): string {
  const code: string[] = ['var __out = [];'];
  const tag = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    code.push(
      `__out.push(${JSON.stringify(source.slice(last, match.index))});`,
    );
    const [, kind, body] = match;
    const expression = body.trim().replace(/;+$/, '');
    if (kind === '=') code.push(`__out.push(__escape(${expression}));`);
    else if (kind === '!=') code.push(`__out.push(__raw(${expression}));`);
    else code.push(body);
    last = tag.lastIndex;
  }
  code.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  code.push("return __out.join('');");
  return `with (__scope) {\n${code.join('\n')}\n}`;
}

/**
 * HtmlService for one environment. `files` maps page names (without `.html`)
 * to HTML; `globals` are what template scriptlets can reach besides the
 * template's own properties.
 */
export function createHtmlService(
  ctx: EmulatorContext,
  files: Record<string, string>,
  globals: () => Record<string, unknown>,
) {
  function readFile(name: string): string {
    const key = String(name).replace(/\.html$/, '');
    if (!Object.prototype.hasOwnProperty.call(files, key)) {
      throw new Error(`No HTML file named ${key} was found.`);
    }
    return files[key];
  }

  function template(source: string) {
    const tpl: Record<string, unknown> = {};
    const methods = {
      evaluate(): EmulatedHtmlOutput {
        ctx.call('HtmlService.HtmlTemplate.evaluate', 'utility');
        const scope: Record<string, unknown> = {...globals()};
        for (const key of Object.keys(tpl)) {
          if (!(key in methods)) scope[key] = tpl[key];
        }
        const render = new Function(
          '__scope',
          '__escape',
          '__raw',
          compileTemplate(source),
        ) as (
          scope: object,
          escape: (v: unknown) => string,
          raw: (v: unknown) => string,
        ) => string;
        return new EmulatedHtmlOutput(
          ctx,
          render(scope, escapeHtml, printable),
        );
      },
      getRawContent(): string {
        ctx.call('HtmlService.HtmlTemplate.getRawContent', 'utility');
        return source;
      },
      getCode(): string {
        ctx.call('HtmlService.HtmlTemplate.getCode', 'utility');
        return compileTemplate(source);
      },
    };
    return Object.assign(tpl, methods);
  }

  const service = {
    SandboxMode: SANDBOX_MODE,
    XFrameOptionsMode: X_FRAME_OPTIONS_MODE,
    createHtmlOutput(html = ''): EmulatedHtmlOutput {
      ctx.call('HtmlService.createHtmlOutput', 'utility');
      return new EmulatedHtmlOutput(ctx, String(html));
    },
    createHtmlOutputFromFile(name: string): EmulatedHtmlOutput {
      ctx.call('HtmlService.createHtmlOutputFromFile', 'utility');
      return new EmulatedHtmlOutput(ctx, readFile(name));
    },
    createTemplate(html: string) {
      ctx.call('HtmlService.createTemplate', 'utility');
      return template(String(html));
    },
    createTemplateFromFile(name: string) {
      ctx.call('HtmlService.createTemplateFromFile', 'utility');
      return template(readFile(name));
    },
  };
  return service as unknown as GoogleAppsScript.HTML.HtmlService;
}
