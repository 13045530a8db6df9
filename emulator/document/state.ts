// The emulated document itself: its tree, id, name, and what the user's view has selected.
import type {DocJson} from '../../src/core/doc-model';
import {
  type AnyNode,
  type BodyNode,
  ListIds,
  bodyFromJson,
  bodyToJson,
  topLevelBlock,
} from './nodes';
import {bumpCallSerial} from './session';
import {UnsavedChanges} from './unsaved-changes';

/** An element of the user's selection; `textView` marks an editAsText() view rather than the element. */
export interface SelectedElement {
  node: AnyNode;
  textView: boolean;
  /** -1 for a whole element; otherwise inclusive offsets into a Text. */
  startOffset: number;
  endOffsetInclusive: number;
}

/** Where the user's cursor stands (set by Document.setCursor). */
export interface CursorPlace {
  node: AnyNode;
  textView: boolean;
  offset: number;
}

let documentCount = 0;

/**
 * One document, shared by every Document handle the emulated DocumentApp
 * hands out (getActiveDocument, openById).
 */
export class DocumentState {
  readonly id: string;
  name: string;
  /** DocJson's title, kept so toJSON gives back what was loaded. */
  title: string | undefined;
  readonly body: BodyNode;
  readonly listIds = new ListIds();
  selected: SelectedElement[] = [];
  cursor: CursorPlace | null = null;
  /** Changes since the last save, against Apps Script's limit (its `limit` is settable). */
  readonly unsavedChanges = new UnsavedChanges();

  constructor(json: DocJson, options: {id?: string; name?: string} = {}) {
    documentCount++;
    this.id = options.id ?? `emu-document-${documentCount}`;
    this.title = json.title;
    this.name = options.name ?? json.title ?? 'Untitled document';
    this.body = bodyFromJson(json, this.listIds);
  }

  /**
   * Canonical DocJson: NORMAL headings, nesting 0, the BULLET glyph and
   * empty style lists are omitted; spans are sorted, merged and end-exclusive.
   */
  toJSON(): DocJson {
    return {
      ...(this.title !== undefined ? {title: this.title} : {}),
      body: bodyToJson(this.body),
    };
  }

  /** Replaces the content (the playground's reset); selection and cursor are cleared. */
  load(json: DocJson): void {
    // The body stays the same node, so Body handles held by running code see the new content.
    for (const child of this.body.children) child.parent = null;
    this.body.children = bodyFromJson(json, this.listIds).children;
    for (const child of this.body.children) child.parent = this.body;
    bumpCallSerial();
    this.title = json.title;
    if (json.title !== undefined) this.name = json.title;
    this.selected = [];
    this.cursor = null;
  }

  /**
   * What the user's view has selected (set by Document.setSelection), as
   * body child indices: `end` is exclusive. Null when nothing selected is
   * still in the body.
   */
  selection(): {start: number; end: number} | null {
    const indices: number[] = [];
    for (const {node} of this.selected) {
      const block = topLevelBlock(node);
      const index = block ? this.body.children.indexOf(block) : -1;
      if (index >= 0) indices.push(index);
    }
    if (indices.length === 0) return null;
    return {start: Math.min(...indices), end: Math.max(...indices) + 1};
  }
}
