/**
 * Census XML bytes to whole `<Header>` and `<Child>` nodes, one at a time: the bytes are decoded
 * and parsed a chunk at a time, so memory holds one child, however large the file. The first
 * XML error stops the file with one issue; a DOCTYPE and stray text are warnings.
 */
import { SaxesParser } from 'saxes';
import type { Issue } from '../../domain/index.ts';
import { ElementStack, type StrayText } from './element-stack.ts';
import * as say from './xml-messages.ts';
import type { XmlNode } from './xml-node.ts';

/** What is done with each whole node. */
export interface CensusSink {
  header: (node: XmlNode) => void;
  child: (node: XmlNode) => void;
}

const CHUNK_BYTES = 64 * 1024;
const BLANK = /^\s*$/;
const SHOWN_TEXT = 50;

/**
 * Parses `bytes`, giving `sink` each Header and Child and `issues` every problem found, and
 * `onBytes` the bytes parsed so far.
 */
export function streamCensusXml(
  bytes: Uint8Array,
  file: string,
  issues: Issue[],
  sink: CensusSink,
  onBytes?: (bytes: number) => void,
): void {
  const reading = new XmlReading(file, issues, sink);
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < bytes.length && !reading.stopped; at += CHUNK_BYTES) {
    reading.write(decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true }));
    onBytes?.(at + CHUNK_BYTES);
  }
  reading.write(decoder.decode());
  reading.finish();
}

class XmlReading {
  readonly parser = new SaxesParser({ position: true });
  readonly stack = new ElementStack();
  stopped = false;
  private lossy = false;

  constructor(
    private readonly file: string,
    private readonly issues: Issue[],
    private readonly sink: CensusSink,
  ) {
    const p = this.parser;
    p.on('error', (error) => this.fail(error.message));
    p.on('doctype', () => this.warn(say.DOCTYPE_IGNORED, p.line));
    p.on('opentag', (tag) => this.open(tag.name));
    p.on('text', (text) => this.text(text));
    p.on('cdata', (text) => this.text(text));
    p.on('closetag', () => this.close());
  }

  write(text: string): void {
    if (this.stopped || text === '') return;
    if (!this.lossy && text.includes('\uFFFD')) {
      this.lossy = true;
      this.warn(say.NOT_UTF8, this.parser.line);
    }
    this.parser.write(text);
  }

  finish(): void {
    if (!this.stopped) this.parser.close();
  }

  private open(name: string): void {
    if (this.stopped) return;
    if (this.stack.depth === 0 && name !== 'Message') {
      this.error(say.NOT_CENSUS(name));
      return;
    }
    this.stack.open(name, this.parser.line);
  }

  private text(text: string): void {
    if (this.stopped || BLANK.test(text)) return;
    const stray = this.stack.text(text);
    if (stray) this.stray(stray, this.parser.line);
  }

  private close(): void {
    if (this.stopped) return;
    const node = this.stack.close((found, line) => this.stray(found, line));
    if (node === null) return;
    if (node.name === 'Header') this.sink.header(node);
    else this.sink.child(node);
  }

  private fail(raw: string): void {
    if (this.stopped || say.isTextOutsideRoot(raw)) return;
    this.error(say.xmlErrorMessage(raw));
  }

  /** Records the error, with where the parser is, and stops reading the file. */
  private error(message: string): void {
    const { line, column } = this.parser;
    const path = this.stack.path;
    this.stopped = true;
    this.issues.push({
      severity: 'error',
      file: this.file,
      ...(path === '' ? {} : { sheet: path }),
      row: line,
      column: `col ${column}`,
      message,
    });
  }

  private stray({ path, text }: StrayText, line: number): void {
    const value = text.trim().slice(0, SHOWN_TEXT);
    this.warn(say.STRAY_TEXT, line, path, value);
  }

  private warn(message: string, row: number, path = '', value?: string): void {
    this.issues.push({
      severity: 'warning',
      file: this.file,
      ...(path === '' ? {} : { sheet: path }),
      row,
      ...(value === undefined ? {} : { value }),
      message,
    });
  }
}
