// DocumentPort over DocumentApp: reads the body in one counted pass and writes entries with their styles.
import type {DocumentPort, KeyValueStore} from '../app/shared/ports';
import {
  HEADING_NAMES,
  type Block,
  type BlockSummary,
  type HeadingName,
  type LinkRange,
} from '../core/doc-model';
import {summarizeBlocks} from '../core/outline';
import {blockKey, readBlockKey} from './block-writes';
import {
  finishPendingWrite,
  journaledInsert,
  journaledMove,
  runJournaled,
} from './interrupted-writes';
import {journaledReplace, pendingReplace} from './journaled-replace';
import {tabBody} from './tab-body';
import {WriteJournal, keyStride, memoryStore} from './write-journal';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;

type Holder =
  GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

/** A body child as read before its text is known. */
interface Shape {
  kind: BlockSummary['kind'];
  heading: HeadingName;
  nesting?: number;
  /** Paragraphs and list items, whose text and links are read. */
  holder?: Holder;
  /** Tables and other elements read their own text; holders take theirs from the body text. */
  ownText?: string;
}

/**
 * Changes between saves within one move: each moved block costs an insert
 * and a removal, and a single merge can move a whole section of thousands
 * of blocks, past "Too many changes applied before saving document". Halved
 * for the rest of the run each time Docs still says too many.
 */
const CHANGES_PER_SAVE = 400;

export interface GasDocumentOptions {
  /**
   * Where moves and inserts journal what they set out to do, so the next run
   * finishes a write an interrupted one left half done (interrupted-writes.ts).
   * Default: memory, which finishes it within this run only.
   */
  journal?: KeyValueStore;
  /**
   * The tab the port works on, asked for again by id after every save and
   * reopen; null or absent: the body `getBody()` gives.
   */
  tabId?: string | null;
  /**
   * The Tab object `tabId` names in `document` (getActiveTab's), so the
   * first body needs no getTab lookup; after a save the tab is found by id.
   */
  tab?: GoogleAppsScript.Document.Tab | null;
}

/**
 * A DocumentPort over one tab of an open document (`options.tabId`). `flush`
 * saves and reopens it by id, after which the port works on the same tab of
 * the new handle. Moves and inserts are journaled; `recover` finishes one an
 * earlier run left half done.
 */
export function gasDocument(
  document: Doc,
  options: GasDocumentOptions = {},
): DocumentPort & {
  body(): Body;
  readWithDocumentApp(): BlockSummary[];
  adoptRead(blocks: BlockSummary[]): void;
  lengthIs(length: number): void;
} {
  let doc = document;
  let body: Body | null = null;
  let documentId: string | null = null;
  const tabId = options.tabId ?? null;
  const journal = new WriteJournal(options.journal ?? memoryStore());
  let changesPerSave = CHANGES_PER_SAVE;
  /** True after a write failed past repair: the journal then holds it, and it is finished before the next write. */
  let unfinished = false;
  /**
   * Block keys of the body as this port last read and then changed it, so a
   * move journals its blocks without reading them again; null when unknown.
   */
  let keys: string[] | null = null;
  /** The body's length as proven by the Docs API read's revision (lengthIs), for the next write only. */
  let provenLength: number | null = null;
  /** The tab object of `doc` as first opened; a reopened handle finds its tab by id. */
  let openTab = tabId ? (options.tab ?? null) : null;

  const getBody = (): Body => {
    if (!body) {
      body = openTab ? openTab.asDocumentTab().getBody() : tabBody(doc, tabId);
    }
    return body;
  };
  const getId = (): string => {
    if (documentId === null) documentId = doc.getId();
    return documentId;
  };

  const save = (): void => {
    const id = getId();
    doc.saveAndClose();
    doc = DocumentApp.openById(id);
    body = null;
    openTab = null;
    provenLength = null;
  };

  const target = {body: getBody, save};
  /** Runs one journaled write: an earlier one left unfinished is finished first. */
  const journaled = (write: () => number) => {
    if (unfinished) {
      finishPendingWrite(journal, target, changesPerSave);
      unfinished = false;
      keys = null;
    }
    try {
      changesPerSave = write();
    } catch (err) {
      unfinished = journal.pending() !== null;
      keys = null;
      throw err;
    }
  };
  /** The body's length, dropping the keys when they no longer match it. */
  const lengthNow = (): number => {
    const proven = provenLength;
    provenLength = null;
    if (proven !== null && keys && keys.length === proven) return proven;
    const length = getBody().getNumChildren();
    if (keys && keys.length !== length) keys = null;
    return length;
  };

  /** Replaces [index, index + count) with `blocks` as one journaled write (journaled-replace.ts). */
  const replace = (index: number, count: number, blocks: Block[]): void => {
    const length = lengthNow();
    const added = summarizeBlocks(blocks).map(b => blockKey(b.kind, b.text));
    journaled(() => {
      const pending = pendingReplace(
        getBody(),
        index,
        count,
        blocks,
        added,
        keys,
      );
      journaledReplace(
        journal,
        target,
        pending,
        blocks,
        (start, locate, resume) =>
          runJournaled(journal, target, start, changesPerSave, locate, resume),
      );
      return changesPerSave;
    });
    if (keys) {
      keys.splice(index, count, ...added);
      if (count > 0 && index + count === length)
        keys.push(blockKey('paragraph', ''));
    }
  };

  return {
    read: () => {
      provenLength = null;
      const blocks = readBody(getBody());
      keys = blocks.map(b => blockKey(b.kind, b.text));
      return blocks;
    },
    readAt: indices => readChildren(getBody(), indices),
    // For the Docs API read (docs-api-read.ts), which checks its answer against this body and falls back to this pass.
    body: getBody,
    readWithDocumentApp: () => readBody(getBody()),
    // A read the Docs API made stands for this body: moves journal their blocks from it.
    adoptRead: blocks => {
      provenLength = null;
      keys = blocks.map(b => blockKey(b.kind, b.text));
    },
    lengthIs: length => {
      provenLength = length;
    },
    insertBlocks: (index, blocks) => {
      const added = summarizeBlocks(blocks).map(b => blockKey(b.kind, b.text));
      journaled(() =>
        journaledInsert(
          journal,
          target,
          {index, length: lengthNow(), keys: added, blocks},
          changesPerSave,
        ),
      );
      if (keys) keys.splice(index, 0, ...added);
    },
    moveRange: (from, count, before) => {
      if (count <= 0 || before === from || before === from + count) return;
      const length = lengthNow();
      // Docs cannot remove the body's last paragraph: the blocks between move after the range instead.
      if (from + count === length && before < from) {
        [from, count, before] = [before, from - before, length];
      }
      const stride = keyStride(count);
      const moved: string[] = [];
      for (let i = 0; i < count; i += stride) {
        moved.push(keys ? keys[from + i] : readBlockKey(getBody(), from + i));
      }
      journaled(() =>
        journaledMove(
          journal,
          target,
          {from, count, before, length, stride, keys: moved},
          changesPerSave,
        ),
      );
      if (keys) {
        const block = keys.splice(from, count);
        keys.splice(before > from ? before - count : before, 0, ...block);
      }
    },
    // Journaled like moves and inserts: undo removes an entry of several blocks, one call each.
    removeRange: (from, count) => {
      if (count <= 0) return;
      replace(from, count, []);
    },
    replaceBlocks: (index, count, blocks) => replace(index, count, blocks),
    recover: () => {
      keys = null;
      unfinished = false;
      try {
        return finishPendingWrite(journal, target, changesPerSave);
      } catch (err) {
        // Still unfinished: the next write finishes it first rather than journal over it.
        unfinished = journal.pending() !== null;
        throw err;
      }
    },
    select: index => {
      const element = getBody().getChild(index);
      // The selection lives in the active tab (Docs' tabs guide): open the
      // entry's tab first. What setSelection does in a tab not open is not
      // documented; the emulator refuses it.
      if (tabId) doc.setActiveTab(tabId);
      doc.setSelection(doc.newRange().addElement(element).build());
    },
    flush: save,
    id: getId,
  };
}

/**
 * One pass over the body: per child getChild, getType, a cast and its
 * heading or nesting; all texts from one `Body.getText()` split at its line
 * breaks; links only where there is text, from the paragraph's attribute
 * runs (one getLinkUrl each). A text-free paragraph costs nothing more. When
 * the body text does not line up with the children (an element Docs renders
 * differently), each paragraph reads its own text instead.
 */
function readBody(body: Body): BlockSummary[] {
  const count = body.getNumChildren();
  const shapes: Shape[] = [];
  for (let i = 0; i < count; i++) shapes.push(readShape(body.getChild(i)));
  const texts = splitTexts(body.getText(), shapes);
  return shapes.map((shape, index) => {
    const text =
      shape.ownText ?? (texts ? texts[index] : shape.holder!.getText());
    const links = shape.holder && text ? readLinks(shape.holder, text) : [];
    const out: BlockSummary = {
      index,
      kind: shape.kind,
      heading: shape.heading,
      text,
      links,
    };
    if (shape.nesting !== undefined) out.nesting = shape.nesting;
    return out;
  });
}

/**
 * A few children, each reading its own text (links are not read:
 * DocumentPort.readAt); indices past the end are left out. The body's length
 * is not asked for: getChild past the end throws, which says the same in no
 * extra call (the guard before an insert reads two children, issue 27).
 */
function readChildren(body: Body, indices: number[]): BlockSummary[] {
  const out: BlockSummary[] = [];
  for (const index of indices) {
    if (index < 0) continue;
    let child: Element;
    try {
      child = body.getChild(index);
    } catch {
      continue;
    }
    out.push(readChild(child, index));
  }
  return out;
}

/** One child's summary without its links. */
function readChild(child: Element, index: number): BlockSummary {
  const shape = readShape(child);
  const text = shape.ownText ?? shape.holder!.getText();
  const out: BlockSummary = {
    index,
    kind: shape.kind,
    heading: shape.heading,
    text,
    links: [],
  };
  if (shape.nesting !== undefined) out.nesting = shape.nesting;
  return out;
}

function readShape(child: Element): Shape {
  const type = child.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) {
    const holder = child.asParagraph();
    return {
      kind: 'paragraph',
      heading: headingName(holder.getHeading()),
      holder,
    };
  }
  if (type === DocumentApp.ElementType.LIST_ITEM) {
    const holder = child.asListItem();
    return {
      kind: 'listItem',
      // Numbered headings ("1. Vision") are list items with a heading.
      heading: headingName(holder.getHeading()),
      nesting: holder.getNestingLevel(),
      holder,
    };
  }
  if (type === DocumentApp.ElementType.TABLE) {
    return {
      kind: 'table',
      heading: 'NORMAL',
      ownText: child.asTable().getText(),
    };
  }
  if (type === DocumentApp.ElementType.TABLE_OF_CONTENTS) {
    return {
      kind: 'other',
      heading: 'NORMAL',
      ownText: child.asTableOfContents().getText(),
    };
  }
  return {kind: 'other', heading: 'NORMAL', ownText: ''};
}

/**
 * The name of a ParagraphHeading, found by identity: what String() of an
 * enum value gives on Apps Script is not documented, so it is never parsed.
 */
function headingName(
  heading: GoogleAppsScript.Document.ParagraphHeading,
): HeadingName {
  const headings = DocumentApp.ParagraphHeading as unknown as Record<
    HeadingName,
    GoogleAppsScript.Document.ParagraphHeading
  >;
  return HEADING_NAMES.find(name => headings[name] === heading) ?? 'NORMAL';
}

/**
 * Each child's text cut from the body text, or null when the body text is
 * not the children's texts joined by line breaks. A paragraph holds no line
 * break, so it takes one line; a table or other element must match its own
 * text exactly, line breaks included.
 */
function splitTexts(bodyText: string, shapes: Shape[]): string[] | null {
  const texts: string[] = [];
  let at = 0;
  for (let i = 0; i < shapes.length; i++) {
    if (i > 0) {
      if (bodyText[at] !== '\n') return null;
      at++;
    }
    const own = shapes[i].ownText;
    if (own === undefined) {
      const end = bodyText.indexOf('\n', at);
      texts.push(bodyText.slice(at, end < 0 ? bodyText.length : end));
      at += texts[i].length;
    } else if (bodyText.startsWith(own, at)) {
      texts.push(own);
      at += own.length;
    } else return null;
  }
  return at === bodyText.length ? texts : null;
}

/** The links of a paragraph: one getLinkUrl per attribute run, touching runs of one URL merged. */
function readLinks(holder: Holder, text: string): LinkRange[] {
  const view = holder.editAsText();
  const starts = view
    .getTextAttributeIndices()
    .filter(i => i >= 0 && i < text.length)
    .sort((a, b) => a - b);
  const links: LinkRange[] = [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const url = start < end ? view.getLinkUrl(start) : null;
    if (!url) return;
    const last = links[links.length - 1];
    if (last && last.end === start && last.url === url) last.end = end;
    else links.push({start, end, url});
  });
  return links;
}
