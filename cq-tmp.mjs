// src/lib/server/content.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

// src/lib/text/inline.ts
var SAFE_URL = /^(https?:|mailto:|\/|#|\.{0,2}\/)/i;
var MARKUP = /[\\`*_[]/;
function parseInline(source) {
  if (!MARKUP.test(source)) return source ? [{ text: source }] : [];
  const out = [];
  parseInto(source, {}, out);
  return mergeRuns(out);
}
function parseInto(source, marks, out) {
  let text = "";
  const flush = () => {
    if (text) out.push({ text, ...marks });
    text = "";
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\" && i + 1 < source.length && /[\\`*_[\]()#+\-.!|]/.test(source[i + 1])) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (c === "`") {
      const close = source.indexOf("`", i + 1);
      if (close > i + 1) {
        flush();
        out.push({ text: source.slice(i + 1, close), ...marks, code: true });
        i = close + 1;
        continue;
      }
    }
    if (c === "*" && source[i + 1] === "*") {
      const close = source.indexOf("**", i + 2);
      if (close > i + 2) {
        flush();
        parseInto(source.slice(i + 2, close), { ...marks, strong: true }, out);
        i = close + 2;
        continue;
      }
    }
    if ((c === "*" || c === "_") && source[i + 1] !== c && source[i + 1] !== " ") {
      const close = findClosing(source, c, i + 1);
      const wordBefore = c === "_" && /\w/.test(source[i - 1] ?? "");
      if (close > i + 1 && !wordBefore) {
        flush();
        parseInto(source.slice(i + 1, close), { ...marks, em: true }, out);
        i = close + 1;
        continue;
      }
    }
    if (c === "[") {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(source.slice(i));
      if (link && SAFE_URL.test(link[2])) {
        flush();
        parseInto(link[1], { ...marks, href: link[2] }, out);
        i += link[0].length;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
}
function findClosing(source, marker, from) {
  for (let j = from; j < source.length; j++) {
    if (source[j] === "\\") j++;
    else if (source[j] === marker && source[j - 1] !== " " && source[j + 1] !== marker) return j;
  }
  return -1;
}
function sameMarks(a, b) {
  return a.em === b.em && a.strong === b.strong && a.code === b.code && a.href === b.href;
}
function mergeRuns(runs) {
  const merged = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && sameMarks(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}
function plainText(rich) {
  return rich.map((run) => run.text).join("");
}

// src/lib/text/sentences.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  // titles
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "rev",
  "gen",
  "lt",
  "col",
  "capt",
  "cmdr",
  "sgt",
  "maj",
  "adm",
  "gov",
  "sen",
  "rep",
  "pres",
  "amb",
  "hon",
  "fr",
  // months and days
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  // common short forms
  "no",
  "nos",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "est",
  "approx",
  "fig",
  "vol",
  "pp",
  "ed",
  "eds",
  "al",
  "cf",
  "ca",
  "mt",
  "ft",
  "ave",
  "blvd",
  "rd"
]);
var TERMINATOR = /[.!?\u2026]/u;
var CLOSERS = /["'\u2019\u201D\u00BB)\]}]/u;
var OPENERS = /["'\u2018\u201C\u00AB([{]/u;
var SPACE = /\s/u;
var STARTS_SENTENCE = /[\p{Lu}\p{Lt}\p{N}]/u;
var WORD_CHAR = /[\p{L}\p{N}.]/u;
function isAbbreviation(text, dot) {
  let start = dot;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  const word = text.slice(start, dot);
  if (word.length === 0) return false;
  if (word.includes(".")) return new RegExp("^(\\p{L}\\.)+\\p{L}$", "u").test(word);
  if (new RegExp("^\\p{L}$", "u").test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
function splitSentences(text) {
  const ranges = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    if (!TERMINATOR.test(text[i])) {
      i++;
      continue;
    }
    let end2 = i + 1;
    while (end2 < text.length && TERMINATOR.test(text[end2])) end2++;
    while (end2 < text.length && CLOSERS.test(text[end2])) end2++;
    const next = skipSpace(text, end2);
    if (next === end2 || next >= text.length) {
      i = end2;
      continue;
    }
    let first = next;
    while (first < text.length && OPENERS.test(text[first])) first++;
    const startsNew = first < text.length && STARTS_SENTENCE.test(text[first]);
    const abbreviation = text[i] === "." && end2 === i + 1 && isAbbreviation(text, i);
    if (startsNew && !abbreviation) {
      ranges.push({ start, end: end2 });
      start = next;
    }
    i = next;
  }
  const end = trimEnd(text, text.length);
  if (end > start) ranges.push({ start, end });
  return ranges;
}
function skipSpace(text, from) {
  let i = from;
  while (i < text.length && SPACE.test(text[i])) i++;
  return i;
}
function trimEnd(text, to) {
  let i = to;
  while (i > 0 && SPACE.test(text[i - 1])) i--;
  return i;
}

// src/lib/text/paragraph.ts
function parseParagraph(n, source) {
  const inlines = parseInline(source);
  const text = plainText(inlines);
  const sentences = splitSentences(text).map((range, index) => ({
    id: `${n}.${index + 1}`,
    ...range
  }));
  return { kind: "paragraph", n, text, inlines, sentences };
}
var HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
function parseBlocks(body) {
  const blocks = [];
  let lines = [];
  const flush = () => {
    if (lines.length > 0) {
      const n = blocks.filter((block) => block.kind === "paragraph").length + 1;
      blocks.push(parseParagraph(n, lines.join(" ")));
    }
    lines = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    if (line === "") flush();
    else if (heading) {
      flush();
      const level = Math.min(6, Math.max(2, heading[1].length));
      blocks.push({ kind: "heading", level, inlines: parseInline(heading[2]) });
    } else lines.push(line);
  }
  flush();
  return blocks;
}

// src/lib/text/words.ts
function pluralWord(count, one, many = `${one}s`) {
  return count === 1 ? one : many;
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${pluralWord(count, one, many)}`;
}

// src/lib/server/diagnostics.ts
function diagnostic(path, message, {
  line = 1,
  col = 1,
  severity = "error"
} = {}) {
  return { path, line, col, message, severity };
}
function formatDiagnostic(d) {
  const label = d.severity === "warning" ? "warning: " : "";
  return `${d.path}:${d.line}:${d.col} ${label}${d.message}`;
}
function summarize(counts, diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const parts = [
    plural(counts.articles, "article"),
    plural(counts.quizzes, "quiz", "quizzes"),
    plural(counts.questions, "question"),
    plural(errors, "error")
  ];
  if (warnings > 0) parts.push(plural(warnings, "warning"));
  return parts.join(", ");
}
function formatReport(counts, diagnostics) {
  const lines = sortDiagnostics(diagnostics).map(formatDiagnostic);
  lines.push(summarize(counts, diagnostics));
  return lines.join("\n");
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.col - b.col
  );
}
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function internalFault(error) {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  return "Internal fault in Close Reader while reading the questions (not a mistake in your files). Please report it at the project issue tracker with this text:\n" + detail;
}

// src/lib/server/yaml-source.ts
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument
} from "yaml";
var DUPLICATE_HINT = "; each key may appear once in a mapping (remove or rename one)";
function parseYaml(text, path, lineOffset = 0) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source = { path, doc, lineCounter, lineOffset };
  const diagnostics = [];
  for (const error of doc.errors) {
    const message = error.code === "DUPLICATE_KEY" ? `duplicate key '${/^[^:\n]*/.exec(text.slice(error.pos[0]))[0].trim()}'${DUPLICATE_HINT}` : `YAML syntax: ${error.message.split("\n")[0]}`;
    diagnostics.push(diagnosticAt(source, error.pos[0], message));
  }
  for (const warning of doc.warnings) {
    diagnostics.push(
      diagnosticAt(source, warning.pos[0], warning.message.split("\n")[0], "warning")
    );
  }
  const data = diagnostics.some((d) => d.severity === "error") ? void 0 : doc.toJS();
  return { source, data, diagnostics };
}
function diagnosticAt(source, offset, message, severity = "error") {
  const { line, col } = source.lineCounter.linePos(Math.max(0, offset));
  return diagnostic(source.path, message, { line: line + source.lineOffset, col, severity });
}
function lineOf(source, offset) {
  return source.lineCounter.linePos(offset).line + source.lineOffset;
}
function childNode(node, key) {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key)
    );
    if (!pair) return void 0;
    return { key: pair.key, value: pair.value ?? void 0 };
  }
  if (isSeq(node) && typeof key === "number") {
    const item = node.items[key];
    return item ? { value: item } : void 0;
  }
  return void 0;
}
function nodeAt(source, path, part = "value") {
  let node = source.doc.contents ?? void 0;
  for (let i = 0; i < path.length; i++) {
    const child = childNode(node, path[i]);
    if (!child) return node;
    const last = i === path.length - 1;
    if (last && part === "key" && child.key) return child.key;
    if (!child.value || isScalar(child.value) && child.value.value === null && !child.value.range)
      return child.key ?? node;
    node = child.value;
  }
  return node;
}
function diagnosticAtPath(source, path, message, part = "value", severity = "error") {
  const node = nodeAt(source, path, part);
  return diagnosticAt(source, node?.range?.[0] ?? 0, message, severity);
}

// src/lib/server/issues.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function suggest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const prefix = best !== void 0 && (best.startsWith(word) || word.startsWith(best));
  return best !== void 0 && (bestDistance <= Math.max(2, Math.floor(word.length / 3)) || prefix) ? best : void 0;
}
function quoted(values) {
  return values.map((value) => `'${String(value)}'`).join(", ");
}
function valueAt(data, path) {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return void 0;
    value = value[key];
  }
  return value;
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `text ('${value.length > 40 ? value.slice(0, 40) + "\u2026" : value}')`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value}`;
    case "object":
      return "a mapping (key: value lines)";
    default:
      return typeof value;
  }
}
function describeExpected(expected) {
  switch (expected) {
    case "string":
      return "text";
    case "number":
    case "int":
      return "a number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return "a mapping (key: value lines)";
    default:
      return expected;
  }
}
function keyName(path) {
  for (let i = path.length - 1; i >= 0; i--)
    if (typeof path[i] === "string") return String(path[i]);
  return "file";
}
function about(path, message) {
  const key = keyName(path);
  return message.startsWith(key) ? message : `${key}: ${message}`;
}
var defOf = (schema10) => schema10._zod.def;
function unwrap(schema10, data) {
  let current = schema10;
  for (; ; ) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else if (def.type === "union" && def.options) {
      const wanted = Array.isArray(data) ? "array" : typeof data === "object" ? "object" : "other";
      const typeValue = data?.type;
      const option = def.options.find((o) => {
        const od = defOf(o);
        if (def.discriminator && od.shape) {
          const literal = od.shape[def.discriminator]?._zod.def;
          return literal?.values?.includes(typeValue) ?? false;
        }
        return od.type === wanted;
      }) ?? def.options.find((o) => defOf(o).type === wanted);
      if (!option) return current;
      current = option;
    } else return current;
  }
}
function schemaAt(root, data, path) {
  let schema10 = unwrap(root, data);
  let value = data;
  for (const key of path) {
    const def = defOf(schema10);
    value = valueAt(value, [key]);
    if (def.type === "object" && def.shape && typeof key === "string" && def.shape[key]) {
      schema10 = unwrap(def.shape[key], value);
    } else if (def.type === "array" && def.element) {
      schema10 = unwrap(def.element, value);
    } else return void 0;
  }
  return schema10;
}
function allowedKeys(root, data, path) {
  const schema10 = schemaAt(root, data, path);
  const shape = schema10 ? defOf(schema10).shape : void 0;
  return shape ? Object.keys(shape) : [];
}
function unionExpectation(errors) {
  const wanted = [];
  for (const branch of errors) {
    const root = branch.filter((issue) => issue.path.length === 0);
    if (root.length === 0) return void 0;
    for (const issue of root) {
      if (issue.code === "invalid_type")
        wanted.push(
          ...issue.expected === "boolean" ? ["true", "false"] : [describeExpected(issue.expected)]
        );
      else if (issue.code === "invalid_value") wanted.push(...issue.values.map((v) => quoted([v])));
      else return void 0;
    }
  }
  const unique = [...new Set(wanted)];
  return unique.length > 1 ? `${unique.slice(0, -1).join(", ")} or ${unique.at(-1)}` : unique[0];
}
function issuesToDiagnostics(issues, source, data, root) {
  const out = [];
  const at = (path, message, part = "value") => out.push(diagnosticAtPath(source, path, message, part));
  const visit = (issue, base) => {
    const path = [...base, ...issue.path];
    const value = valueAt(data, path);
    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = allowedKeys(root, data, path);
        for (const key of issue.keys) {
          const suggestion = suggest(key, allowed);
          const hint = suggestion ? `did you mean '${suggestion}'?` : `allowed keys here: ${allowed.join(", ")}`;
          at([...path, key], `unknown key '${key}' \u2014 ${hint}`, "key");
        }
        return;
      }
      case "invalid_union": {
        if (issue.note === "No matching discriminator") {
          const options = issue.options?.map(String) ?? [];
          const name = String(
            issue.discriminator ?? keyName(path)
          );
          if (value === void 0) {
            at(path.slice(0, -1), `missing '${name}': one of ${options.join(", ")}`);
            return;
          }
          const suggestion = typeof value === "string" ? suggest(value, options) : void 0;
          const hint = suggestion ? `did you mean '${suggestion}'?` : `use one of ${options.join(", ")}`;
          at(path, `unknown ${name} '${String(value)}' \u2014 ${hint}`);
          return;
        }
        const expectation = unionExpectation(issue.errors);
        if (expectation) {
          at(path, about(path, `expected ${expectation}, not ${describeValue(value)}`));
          return;
        }
        const best = [...issue.errors].sort(
          (a, b) => Math.max(...b.map((i) => i.path.length)) - Math.max(...a.map((i) => i.path.length))
        )[0];
        for (const inner of best ?? []) visit(inner, path);
        return;
      }
      case "invalid_type": {
        if (value === void 0) {
          const key = String(path.at(-1));
          at(path.slice(0, -1), `missing required key '${key}'`);
          return;
        }
        if (path.length === 0) {
          at(path, `the file must be key: value lines (title: \u2026), not ${describeValue(value)}`);
          return;
        }
        at(
          path,
          about(path, `expected ${describeExpected(issue.expected)}, not ${describeValue(value)}`)
        );
        return;
      }
      case "invalid_value": {
        const options = issue.values.map(String);
        const suggestion = typeof value === "string" ? suggest(value, options) : void 0;
        const hint = suggestion ? ` \u2014 did you mean '${suggestion}'?` : `; use one of ${quoted(options)}`;
        at(path, about(path, `'${String(value)}' is not allowed${hint}`));
        return;
      }
      case "too_small":
      case "too_big": {
        if (!issue.message.startsWith("Too ")) {
          at(path, about(path, issue.message));
          return;
        }
        const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
        const bound = issue.code === "too_small" ? issue.inclusive ? "at least" : "more than" : issue.inclusive ? "at most" : "less than";
        const what = issue.origin === "array" ? `give ${bound} ${String(limit)} items` : issue.origin === "string" ? issue.code === "too_small" && Number(limit) <= 1 ? "must not be empty" : `must be ${bound} ${String(limit)} characters` : `must be ${bound} ${String(limit)}`;
        at(path, about(path, what));
        return;
      }
      case "invalid_format": {
        const message = issue.message.startsWith("Invalid") ? issue.format === "url" ? "must be a web address like https://example.org/page" : `must be a valid ${issue.format}` : issue.message;
        at(path, about(path, message));
        return;
      }
      case "custom": {
        const firstAt = issue.params?.firstAt;
        let message = issue.message;
        if (firstAt) {
          const node = nodeAt(source, firstAt);
          message += `; first at line ${lineOf(source, node?.range?.[0] ?? 0)}`;
        }
        at(path, about(path, message));
        return;
      }
      default:
        at(path, about(path, issue.message));
    }
  };
  for (const issue of issues) visit(issue, []);
  return out;
}

// src/lib/server/schema.ts
import { z as z12 } from "zod";

// src/lib/question-types/fill-blanks/build.server.ts
import { z as z2 } from "zod";

// src/lib/server/schema-fields.ts
import { z } from "zod";

// src/lib/text/normalize.ts
var QUOTES = {
  "\u2018": "'",
  // ‘
  "\u2019": "'",
  // ’
  "\u201A": "'",
  // ‚
  "\u201B": "'",
  // ‛
  "\u2032": "'",
  // ′
  "\u201C": '"',
  // “
  "\u201D": '"',
  // ”
  "\u201E": '"',
  // „
  "\u201F": '"',
  // ‟
  "\u2033": '"',
  // ″
  "\xAB": '"',
  // «
  "\xBB": '"'
  // »
};
var DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
var SPACE2 = /\s/u;
var CLUSTER_AT = new RegExp("\\P{M}\\p{M}*|\\p{M}+", "uy");
function normalizeCluster(cluster) {
  return cluster.normalize("NFKC").toLowerCase().replace(/./gsu, (c) => QUOTES[c] ?? c).replace(DASHES, "-");
}
function normalizeWithMap(text) {
  let out = "";
  const map = [];
  let pendingSpace = -1;
  let i = 0;
  while (i < text.length) {
    const offset = i;
    const code = text.charCodeAt(i);
    let normal;
    let space;
    if (code < 128 && (i + 1 >= text.length || text.charCodeAt(i + 1) < 768)) {
      normal = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      space = code === 32 || code >= 9 && code <= 13;
      i++;
    } else {
      CLUSTER_AT.lastIndex = i;
      const cluster = CLUSTER_AT.exec(text)[0];
      normal = normalizeCluster(cluster);
      space = SPACE2.test(normal) && normal.trim() === "";
      i += cluster.length;
    }
    if (normal.length === 0) continue;
    if (space) {
      if (pendingSpace < 0) pendingSpace = offset;
      continue;
    }
    if (pendingSpace >= 0) {
      out += " ";
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    for (const char of normal) {
      for (let j = 0; j < char.length; j++) map.push(offset);
      out += char;
    }
  }
  if (pendingSpace >= 0) {
    out += " ";
    map.push(pendingSpace);
  }
  map.push(text.length);
  return { text: out, map };
}
var ASCII_ONLY = /^[\x00-\x7f]*$/;
var COMMON_TYPOGRAPHY = /[\u2010-\u2015\u2018-\u201F]/g;
var foldTypography = (c) => c < "\u2018" ? "-" : c < "\u201C" ? "'" : '"';
function normalizeText(text) {
  const folded = text.replace(COMMON_TYPOGRAPHY, foldTypography);
  if (ASCII_ONLY.test(folded)) return folded.toLowerCase().replace(/[\t\n\v\f\r ]+/g, " ");
  return normalizeWithMap(text).text;
}
var EDGE_PUNCTUATION = /^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/gu;
function normalizeAnswer(text) {
  return normalizeText(text).replace(EDGE_PUNCTUATION, "");
}

// src/lib/quiz/credit.ts
var SCORING_MODES = ["partial", "all-or-nothing"];

// src/lib/server/schema-fields.ts
var SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
var slug = z.string().regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens, like "main-claim"');
var markdown = (what) => z.string().trim().min(1, `${what} must not be empty`);
var quote = z.string().trim().min(1, "a quote must not be empty");
var evidenceItem = z.union([
  quote,
  z.strictObject({
    quote,
    paragraph: z.int().positive().describe("the \xB6 number the quote is in, to pin a repeated quote")
  })
]);
var evidence = z.union([evidenceItem, z.array(evidenceItem).min(1, "give at least one quote")]).describe("one quote copied from the article, or a list of them");
var commonFields = {
  id: slug.describe("unique in the quiz; keep it stable: saved progress is keyed by it"),
  prompt: markdown("prompt"),
  points: z.number().positive("points must be more than 0").default(1),
  explanation: markdown("explanation"),
  hint: markdown("hint").optional(),
  evidence
};
var scoring = z.enum(SCORING_MODES).default("partial");
var requireEvidence = z.boolean().default(false).describe("two-part question: after answering, the student selects the supporting sentence");
function firstRepeat(texts) {
  const seen = /* @__PURE__ */ new Map();
  for (const [index, text] of texts.entries()) {
    const key = text.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== void 0) return { index, first };
    seen.set(key, index);
  }
  return void 0;
}

// src/lib/question-types/fill-blanks/build.server.ts
var BLANK_PATTERN = /\[\[([^\]]*)\]\]/g;
function checkBlanks(text, ctx) {
  const blanks = [...text.matchAll(BLANK_PATTERN)];
  const rest = text.replace(BLANK_PATTERN, "");
  if (rest.includes("[[") || rest.includes("]]")) {
    ctx.addIssue({
      code: "custom",
      message: "text: a blank is not closed; write each blank as [[answer]]"
    });
  }
  if (blanks.length === 0 && !rest.includes("[[")) {
    ctx.addIssue({
      code: "custom",
      message: 'text: write at least one blank, like "The capital is [[Beijing]]."'
    });
  }
  for (const blank of blanks) {
    const answers = blank[1].split("|").map((answer) => answer.trim());
    if (answers.some((answer) => answer === "")) {
      ctx.addIssue({
        code: "custom",
        message: `text: blank ${blank[0]} has an empty answer; write [[answer]] or [[answer|alternative]]`
      });
    }
  }
}
var schema = z2.strictObject({
  ...commonFields,
  type: z2.literal("fill-blanks"),
  text: z2.string().superRefine(checkBlanks).describe("the passage, with each blank written [[answer]] or [[answer|alternative]]"),
  wordBank: z2.array(z2.string().trim().min(1)).optional().describe("distractors; blanks are then chosen from a bank of the answers plus these"),
  scoring
});
function fillParts(text) {
  const parts = [];
  const blanks = [];
  let last = 0;
  for (const match of text.matchAll(BLANK_PATTERN)) {
    if (match.index > last)
      parts.push({ kind: "text", text: parseInline(text.slice(last, match.index)) });
    parts.push({ kind: "blank", index: blanks.length });
    blanks.push(match[1].split("|").map((answer) => answer.trim()));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: parseInline(text.slice(last)) });
  return { parts, blanks };
}
var BANK_ORDER = new Intl.Collator("en", { sensitivity: "base" });
function wordBankOf(blanks, distractors) {
  const seen = /* @__PURE__ */ new Set();
  const bank = [];
  for (const word of [...blanks.map((answers) => answers[0]), ...distractors]) {
    const key = normalizeAnswer(word);
    if (seen.has(key)) continue;
    seen.add(key);
    bank.push(word);
  }
  return bank.sort(BANK_ORDER.compare);
}
var fillBlanksBuild = {
  schema,
  build(source) {
    const { parts, blanks } = fillParts(source.text);
    const wordBank = source.wordBank ? wordBankOf(blanks, source.wordBank) : null;
    return {
      view: { parts, blankCount: blanks.length, wordBank },
      key: { blanks, scoring: source.scoring }
    };
  }
};

// src/lib/question-types/highlight/build.server.ts
import { z as z3 } from "zod";
var schema2 = z3.strictObject({
  ...commonFields,
  type: z3.literal("highlight"),
  select: z3.int().positive().optional().describe("how many sentences to select; default: the number the evidence covers"),
  scoring
});
var highlightBuild = {
  schema: schema2,
  build: (source, { evidenceSentences }) => ({
    view: { evidenceCount: source.select ?? evidenceSentences.length },
    key: { scoring: source.scoring }
  }),
  check: (source, { sentenceCount }) => source.select !== void 0 && source.select > sentenceCount ? [
    {
      path: ["select"],
      message: `select: the article has only ${sentenceCount} sentences; ask for at most that many`
    }
  ] : []
};

// src/lib/question-types/match/build.server.ts
import { z as z4 } from "zod";

// src/lib/text/hash.ts
function hash32(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
function shortHash(text) {
  return hash32(text).toString(36);
}

// src/lib/question-types/shared/options.server.ts
function hashedOptions(texts) {
  const used = /* @__PURE__ */ new Set();
  const ids = texts.map((text) => {
    let id = shortHash(text);
    for (let n = 2; used.has(id); n++) id = `${shortHash(text)}-${n}`;
    used.add(id);
    return id;
  });
  const options = texts.map((text, index) => ({ id: ids[index], text: parseInline(text) })).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { options, ids };
}

// src/lib/question-types/match/build.server.ts
var schema3 = z4.strictObject({
  ...commonFields,
  type: z4.literal("match"),
  pairs: z4.array(z4.strictObject({ left: markdown("left"), right: markdown("right") })).min(2, "give at least 2 pairs").superRefine((pairs, ctx) => {
    for (const side of ["left", "right"]) {
      const repeat = firstRepeat(pairs.map((pair) => pair[side]));
      if (repeat) {
        ctx.addIssue({
          code: "custom",
          path: [repeat.index, side],
          message: `${side}: '${pairs[repeat.index][side]}' is used twice (also pair ${repeat.first + 1}); each ${side} must differ`
        });
      }
    }
  }),
  distractors: z4.array(markdown("distractor")).optional(),
  scoring
}).superRefine((question, ctx) => {
  const rights = new Set(question.pairs.map((pair) => pair.right.trim().toLowerCase()));
  for (const [index, distractor] of (question.distractors ?? []).entries()) {
    if (rights.has(distractor.trim().toLowerCase())) {
      ctx.addIssue({
        code: "custom",
        path: ["distractors", index],
        message: `distractors: '${distractor}' is also a right answer; a distractor must match no left`
      });
    }
  }
});
var matchBuild = {
  schema: schema3,
  build(source) {
    const rights = [...source.pairs.map((pair) => pair.right), ...source.distractors ?? []];
    const { options, ids } = hashedOptions(rights);
    const lefts = source.pairs.map((pair, index) => ({
      id: String(index),
      text: parseInline(pair.left)
    }));
    return {
      view: { lefts, rights: options },
      key: { pairs: source.pairs.map((_, index) => ids[index]), scoring: source.scoring }
    };
  }
};

// src/lib/question-types/multiple/build.server.ts
import { z as z6 } from "zod";

// src/lib/server/question-build.ts
function twoPartView(source, context) {
  return {
    requireEvidence: source.requireEvidence,
    evidenceCount: context.evidenceSentences.length
  };
}

// src/lib/question-types/shared/choices.server.ts
import { z as z5 } from "zod";
var choice = z5.strictObject({
  text: markdown("choice text"),
  correct: z5.boolean().default(false),
  feedback: markdown("feedback").optional()
});
function countCorrect(choices) {
  return choices.filter((entry) => entry.correct).length;
}
var CHOICE_IDS = "abcdefghijklmnopqrstuvwxyz";
function choiceId(index) {
  return index < CHOICE_IDS.length ? CHOICE_IDS[index] : `c${index}`;
}
function buildChoices(source) {
  const choices = source.map((entry, index) => ({
    id: choiceId(index),
    text: parseInline(entry.text)
  }));
  const feedback = {};
  source.forEach((entry, index) => {
    if (entry.feedback !== void 0) feedback[choiceId(index)] = parseInline(entry.feedback);
  });
  const correct = choices.filter((_, index) => source[index].correct).map((entry) => entry.id);
  return { choices, correct, feedback };
}

// src/lib/question-types/multiple/build.server.ts
var schema4 = z6.strictObject({
  ...commonFields,
  type: z6.literal("multiple"),
  choices: z6.array(choice).min(2, "give at least 2 choices").superRefine((choices, ctx) => {
    if (countCorrect(choices) === 0) {
      ctx.addIssue({
        code: "custom",
        message: "choices: mark at least one choice correct: true; 0 are"
      });
    }
  }),
  scoring,
  requireEvidence
});
var multipleBuild = {
  schema: schema4,
  build(source, context) {
    const { choices, correct, feedback } = buildChoices(source.choices);
    return {
      view: { ...twoPartView(source, context), choices },
      key: { correct, feedback, scoring: source.scoring }
    };
  }
};

// src/lib/question-types/order/build.server.ts
import { z as z7 } from "zod";
var schema5 = z7.strictObject({
  ...commonFields,
  type: z7.literal("order"),
  items: z7.array(markdown("item")).min(3, "give at least 3 items, in the correct order").superRefine((items, ctx) => {
    const repeat = firstRepeat(items);
    if (repeat) {
      ctx.addIssue({
        code: "custom",
        path: [repeat.index],
        message: `items: '${items[repeat.index]}' is listed twice (also item ${repeat.first + 1}); items must differ`
      });
    }
  }),
  scoring
});
var orderBuild = {
  schema: schema5,
  build(source) {
    const { options, ids } = hashedOptions(source.items);
    return { view: { items: options }, key: { order: ids, scoring: source.scoring } };
  }
};

// src/lib/question-types/short-answer/build.server.ts
import { z as z8 } from "zod";
var schema6 = z8.strictObject({
  ...commonFields,
  type: z8.literal("short-answer"),
  answers: z8.array(z8.string().trim().min(1)).min(1, "give at least one accepted answer")
});
var shortAnswerBuild = {
  schema: schema6,
  build: (source) => ({
    view: {},
    key: { answers: [...new Set(source.answers.map(normalizeAnswer))], display: source.answers }
  })
};

// src/lib/question-types/single/build.server.ts
import { z as z9 } from "zod";
var schema7 = z9.strictObject({
  ...commonFields,
  type: z9.literal("single"),
  choices: z9.array(choice).min(2, "give at least 2 choices").superRefine((choices, ctx) => {
    const correct = countCorrect(choices);
    if (correct !== 1) {
      ctx.addIssue({
        code: "custom",
        message: `choices: exactly one choice must be marked correct: true; ${correct} are`
      });
    }
  }),
  requireEvidence
});
var singleBuild = {
  schema: schema7,
  build(source, context) {
    const { choices, correct, feedback } = buildChoices(source.choices);
    return {
      view: { ...twoPartView(source, context), choices },
      key: { correct: correct[0], feedback }
    };
  }
};

// src/lib/question-types/true-false-not-given/build.server.ts
import { z as z10 } from "zod";
var schema8 = z10.strictObject({
  ...commonFields,
  type: z10.literal("true-false-not-given"),
  answer: z10.union([z10.boolean(), z10.literal("not-given")]),
  requireEvidence
});
var trueFalseNotGivenBuild = {
  schema: schema8,
  build: (source, context) => ({
    view: twoPartView(source, context),
    key: {
      answer: source.answer === "not-given" ? "not-given" : source.answer ? "true" : "false"
    }
  })
};

// src/lib/question-types/true-false/build.server.ts
import { z as z11 } from "zod";
var schema9 = z11.strictObject({
  ...commonFields,
  type: z11.literal("true-false"),
  answer: z11.boolean(),
  requireEvidence
});
var trueFalseBuild = {
  schema: schema9,
  build: (source, context) => ({
    view: twoPartView(source, context),
    key: { answer: source.answer }
  })
};

// src/lib/server/question-types.ts
var questionBuilds = {
  single: singleBuild,
  multiple: multipleBuild,
  "true-false": trueFalseBuild,
  "true-false-not-given": trueFalseNotGivenBuild,
  "short-answer": shortAnswerBuild,
  "fill-blanks": fillBlanksBuild,
  order: orderBuild,
  match: matchBuild,
  highlight: highlightBuild
};

// src/lib/server/schema.ts
var variants = Object.values(questionBuilds).map((build) => build.schema);
var questionSchema = z12.discriminatedUnion("type", variants);
var quizSchema = z12.strictObject({
  $schema: z12.string().optional(),
  title: markdown("title"),
  description: markdown("description").optional(),
  mode: z12.enum(["practice", "test"]).default("practice"),
  shuffle: z12.strictObject({
    questions: z12.boolean().default(false),
    choices: z12.boolean().default(true)
  }).prefault({}),
  passMark: z12.number().min(0).max(100).optional(),
  questions: z12.array(questionSchema).min(1, "give at least one question").superRefine(
    (questions, ctx) => {
      const firstIndex = /* @__PURE__ */ new Map();
      for (const [index, question] of questions.entries()) {
        const id = question?.id;
        if (typeof id !== "string") continue;
        const first = firstIndex.get(id);
        if (first === void 0) firstIndex.set(id, index);
        else
          ctx.addIssue({
            code: "custom",
            path: [index, "id"],
            message: `id '${id}' is used twice`,
            params: { firstAt: ["questions", first, "id"] }
          });
      }
    },
    { when: () => true }
  )
});
var articleFrontMatterSchema = z12.strictObject({
  title: z12.string().trim().min(1, "title must not be empty"),
  source: z12.string().trim().min(1).optional(),
  author: z12.string().trim().min(1).optional(),
  published: z12.iso.date("published must be a date written YYYY-MM-DD").optional(),
  // only web links: the URL becomes a link under the article, and `javascript:` would run on click
  url: z12.url({ protocol: /^https?$/, error: "url must be a web address starting https:// or http://" }).optional(),
  credit: z12.string().trim().min(1).optional()
});

// src/lib/server/article.ts
function parseArticle(text, slug2, path) {
  const diagnostics = [];
  const at = (line, message) => diagnostic(path, message, { line });
  const source = text.replace(/^\uFEFF/, "");
  const opening = /^---[ \t]*\r?\n/.exec(source);
  const closing = opening ? /^---[ \t]*\r?$/m.exec(source.slice(opening[0].length)) : null;
  if (!opening || !closing) {
    const message = opening ? "front matter is not closed: add a line with only --- after the title" : 'article.md must start with front matter: a line ---, then title: "\u2026", then a line ---';
    return { diagnostics: [at(1, message)] };
  }
  const yamlText = source.slice(opening[0].length, opening[0].length + closing.index);
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  const parsed = parseYaml(yamlText, path, 1);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.data === void 0 && parsed.diagnostics.length > 0) return { diagnostics };
  const front = articleFrontMatterSchema.safeParse(parsed.data ?? {});
  if (!front.success) {
    diagnostics.push(
      ...issuesToDiagnostics(
        front.error.issues,
        parsed.source,
        parsed.data ?? {},
        articleFrontMatterSchema
      )
    );
    return { diagnostics };
  }
  const blocks = parseBlocks(source.slice(bodyStart));
  if (!blocks.some((block) => block.kind === "paragraph")) {
    const bodyLine = source.slice(0, bodyStart).split("\n").length;
    diagnostics.push(
      at(bodyLine, "the article has no text: add paragraphs after the front matter")
    );
    return { diagnostics };
  }
  const meta = front.data;
  const article = {
    slug: slug2,
    title: meta.title,
    ...meta.source !== void 0 && { source: meta.source },
    ...meta.author !== void 0 && { author: meta.author },
    ...meta.published !== void 0 && { published: meta.published },
    ...meta.url !== void 0 && { url: meta.url },
    ...meta.credit !== void 0 && { credit: meta.credit },
    blocks
  };
  return { article, diagnostics };
}

// src/lib/server/evidence.ts
var GRAM = 8;
function indexArticle(article) {
  const paragraphs = [];
  for (const block of article.blocks) {
    if (block.kind !== "paragraph") continue;
    const { text, map } = normalizeWithMap(block.text);
    paragraphs.push({ paragraph: block, normal: text, map });
  }
  const starts = [];
  let offset = 0;
  for (const entry of paragraphs) {
    starts.push(offset);
    offset += entry.normal.length + 1;
  }
  const joined = paragraphs.map((p) => p.normal).join("\n");
  const grams = /* @__PURE__ */ new Map();
  for (let at = 0; at + GRAM <= joined.length; at++) {
    const gram = joined.slice(at, at + GRAM);
    const list = grams.get(gram);
    if (list) list.push(at);
    else grams.set(gram, [at]);
  }
  const sentenceCount = paragraphs.reduce((sum, p) => sum + p.paragraph.sentences.length, 0);
  return { article, paragraphs, joined, starts, grams, sentenceCount };
}
function paragraphAt(index, at) {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (index.starts[middle] <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
function excerpt(text, max = 160) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function toCitation(entry, at, length) {
  const start = entry.map[at];
  let next = at + length;
  while (next < entry.map.length - 1 && entry.map[next] === entry.map[at + length - 1]) next++;
  let end = entry.map[next];
  const text = entry.paragraph.text;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { quote: text.slice(start, end), paragraph: entry.paragraph.n, start, end };
}
function occurrencesInArticle(index, needle) {
  if (needle.length < GRAM) return occurrences(index.joined, needle);
  const candidates = index.grams.get(needle.slice(0, GRAM)) ?? [];
  return candidates.filter((at) => index.joined.startsWith(needle, at));
}
function occurrences(haystack, needle) {
  const found = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    found.push(at);
  return found;
}
function resolveQuote(index, item) {
  const quote2 = typeof item === "string" ? item : item.quote;
  const pinned = typeof item === "string" ? void 0 : item.paragraph;
  const needle = normalizeText(quote2).trim();
  if (pinned !== void 0 && !index.paragraphs.some((p) => p.paragraph.n === pinned)) {
    return {
      ok: false,
      at: "paragraph",
      message: `paragraph: the article has no \xB6${pinned}; it has \xB61 to \xB6${index.paragraphs.length}`
    };
  }
  const matches = occurrencesInArticle(index, needle).map((at) => {
    const i = paragraphAt(index, at);
    return { entry: index.paragraphs[i], at: at - index.starts[i] };
  });
  const candidates = pinned === void 0 ? matches : matches.filter((m) => m.entry.paragraph.n === pinned);
  if (candidates.length === 1) {
    const { entry, at } = candidates[0];
    return { ok: true, citation: toCitation(entry, at, needle.length) };
  }
  if (candidates.length > 1) {
    const where = [...new Set(candidates.map((m) => `\xB6${m.entry.paragraph.n}`))].join(", ");
    const pin = pinned === void 0 ? ` or pin it: { quote: "\u2026", paragraph: N }` : "";
    return {
      ok: false,
      at: "quote",
      message: `evidence: the quote "${excerpt(quote2, 60)}" occurs ${candidates.length} times (${where}); quote more words so it occurs once${pin}`
    };
  }
  if (pinned !== void 0 && matches.length > 0) {
    const where = [...new Set(matches.map((m) => `\xB6${m.entry.paragraph.n}`))].join(", ");
    return {
      ok: false,
      at: "quote",
      message: `evidence: the quote is not in \xB6${pinned}; it is in ${where}`
    };
  }
  const across = spanningParagraphs(index, needle);
  if (across) {
    return {
      ok: false,
      at: "quote",
      message: `evidence: a quote may not span paragraphs; this one runs from \xB6${across} into \xB6${across + 1}: split it into one quote per paragraph`
    };
  }
  const closest = closestPassage(index, needle, pinned);
  const hint = closest && closest.distance <= needle.length / 2 ? ` Closest passage, \xB6${closest.paragraph}: "${excerpt(closest.text)}"` : " No passage of the article is close to it: copy the words from article.md";
  return {
    ok: false,
    at: "quote",
    message: `evidence: quote not found in the article: "${excerpt(quote2, 80)}".${hint}`
  };
}
function spanningParagraphs(index, needle) {
  for (let i = 0; i + 1 < index.paragraphs.length; i++) {
    const a = index.paragraphs[i];
    const b = index.paragraphs[i + 1];
    const seam = a.normal.slice(-needle.length) + " " + b.normal.slice(0, needle.length);
    const at = seam.indexOf(needle);
    const split = Math.min(needle.length, a.normal.length);
    if (at >= 0 && at < split && at + needle.length > split) return a.paragraph.n;
  }
  return void 0;
}
function closestPassage(index, needle, pinned) {
  let best;
  const m = needle.length;
  for (const entry of index.paragraphs) {
    if (pinned !== void 0 && entry.paragraph.n !== pinned) continue;
    const text2 = entry.normal;
    let cost = Array.from({ length: m + 1 }, (_, i) => i);
    let from = new Array(m + 1).fill(0);
    for (let j = 1; j <= text2.length; j++) {
      const nextCost = [0];
      const nextFrom = [j];
      for (let i = 1; i <= m; i++) {
        const substitute = cost[i - 1] + (needle[i - 1] === text2[j - 1] ? 0 : 1);
        const skipText = cost[i] + 1;
        const skipNeedle = nextCost[i - 1] + 1;
        if (substitute <= skipText && substitute <= skipNeedle) {
          nextCost[i] = substitute;
          nextFrom[i] = from[i - 1];
        } else if (skipText <= skipNeedle) {
          nextCost[i] = skipText;
          nextFrom[i] = from[i];
        } else {
          nextCost[i] = skipNeedle;
          nextFrom[i] = nextFrom[i - 1];
        }
      }
      cost = nextCost;
      from = nextFrom;
      if (!best || cost[m] < best.distance) {
        best = { entry, start: from[m], end: j, distance: cost[m] };
      }
    }
  }
  if (!best) return void 0;
  const citation = toCitation(best.entry, best.start, Math.max(1, best.end - best.start));
  const text = best.entry.paragraph.text;
  let start = citation.start;
  let end = citation.end;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) end++;
  return {
    paragraph: best.entry.paragraph.n,
    text: text.slice(start, end),
    distance: best.distance
  };
}

// src/lib/server/build-quiz.ts
var buildOf = (type) => questionBuilds[type];
function evidenceList(evidence2) {
  if (!Array.isArray(evidence2)) return [{ item: evidence2, path: ["evidence"] }];
  return evidence2.map((item, index) => ({
    item,
    path: typeof item === "string" ? ["evidence", index] : ["evidence", index, "quote"]
  }));
}
function sentencesOf(index, citations) {
  const ids = [];
  for (const { paragraph } of index.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const overlaps = citations.some(
        (c) => c.paragraph === paragraph.n && c.start < sentence.end && c.end > sentence.start
      );
      if (overlaps) ids.push(sentence.id);
    }
  }
  return ids;
}
function resolveEvidence(evidence2, base, index, source, diagnostics) {
  const citations = [];
  for (const { item, path } of evidenceList(evidence2)) {
    const resolution = resolveQuote(index, item);
    if (resolution.ok) citations.push(resolution.citation);
    else {
      const at = resolution.at === "paragraph" ? [...path.slice(0, -1), "paragraph"] : path;
      diagnostics.push(diagnosticAtPath(source, [...base, ...at], resolution.message));
    }
  }
  return citations;
}
function resolveQuestion(question, number, index, source, diagnostics) {
  const base = ["questions", number];
  const citations = resolveEvidence(question.evidence, base, index, source, diagnostics);
  const problems = buildOf(question.type).check?.(question, index) ?? [];
  for (const problem2 of problems)
    diagnostics.push(diagnosticAtPath(source, [...base, ...problem2.path], problem2.message));
  return { source: question, citations, evidenceSentences: sentencesOf(index, citations) };
}
function checkQuizData(data, source, index) {
  const diagnostics = [];
  const result = quizSchema.safeParse(data);
  if (!result.success) {
    diagnostics.push(...issuesToDiagnostics(result.error.issues, source, data, quizSchema));
    const questions2 = data?.questions;
    if (index && Array.isArray(questions2)) {
      for (const [i, raw] of questions2.entries()) {
        const question = questionSchema.safeParse(raw);
        if (question.success) resolveQuestion(question.data, i, index, source, diagnostics);
        else {
          const quotes = evidence.safeParse(raw?.evidence);
          if (quotes.success)
            resolveEvidence(quotes.data, ["questions", i], index, source, diagnostics);
        }
      }
    }
    return { diagnostics };
  }
  if (!index) return { diagnostics };
  const questions = result.data.questions.map(
    (question, i) => resolveQuestion(question, i, index, source, diagnostics)
  );
  return diagnostics.length > 0 ? { diagnostics } : { checked: { file: result.data, questions }, diagnostics };
}
function buildQuestion({ source, citations, evidenceSentences }) {
  const version = shortHash(JSON.stringify(source) + JSON.stringify(citations));
  const own = buildOf(source.type).build(source, { evidenceSentences });
  const view = {
    id: source.id,
    prompt: parseInline(source.prompt),
    points: source.points,
    ...source.hint !== void 0 && { hint: parseInline(source.hint) },
    version,
    type: source.type,
    ...own.view
  };
  const key = {
    explanation: parseInline(source.explanation),
    citations,
    evidenceSentences,
    type: source.type,
    ...own.key
  };
  return { view, key };
}
function buildQuiz({ file, questions: resolved }, slug2, articleSlug) {
  const built = resolved.map(buildQuestion);
  const keys = {};
  for (const { view, key } of built) keys[view.id] = key;
  const questions = built.map((b) => b.view);
  return {
    slug: slug2,
    title: file.title,
    ...file.description !== void 0 && { description: parseInline(file.description) },
    mode: file.mode,
    questionCount: questions.length,
    points: questions.reduce((sum, q) => sum + q.points, 0),
    article: articleSlug,
    shuffle: file.shuffle,
    ...file.passMark !== void 0 && { passMark: file.passMark },
    questions,
    version: shortHash(questions.map((q) => q.version).join(" ")),
    keys
  };
}

// src/lib/server/content.ts
function defaultQuestionsDir() {
  return process.env.QUESTIONS_DIR || "questions";
}
var QUIZ_EXTENSION = /\.ya?ml$/i;
var isDraft = (name) => name.startsWith(".") || name.startsWith("_");
var problem = (path, message, severity = "error") => diagnostic(path, message, { severity });
function sortedEntries(dir) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1);
}
function checkQuizFile(path, quizSlug, articleSlug, index, diagnostics, counts, build) {
  const yaml = parseYaml(readFileSync(path, "utf8"), path);
  diagnostics.push(...yaml.diagnostics);
  if (yaml.data === void 0 || yaml.data === null) {
    if (!hasErrors(yaml.diagnostics))
      diagnostics.push(problem(path, "the quiz file is empty: give it a title and questions"));
    return void 0;
  }
  const questions = typeof yaml.data === "object" ? yaml.data.questions : void 0;
  if (Array.isArray(questions)) counts.questions += questions.length;
  const { checked, diagnostics: found } = checkQuizData(yaml.data, yaml.source, index);
  diagnostics.push(...found);
  return checked && build ? buildQuiz(checked, quizSlug, articleSlug) : void 0;
}
function checkArticleFolder(dir, slug2, diagnostics, counts, build) {
  const quizFiles = [];
  let hasArticle = false;
  for (const entry of sortedEntries(dir)) {
    const path = join(dir, entry.name);
    if (isDraft(entry.name)) continue;
    if (entry.isDirectory()) {
      diagnostics.push(
        problem(
          path,
          "folder inside an article folder is ignored; articles sit directly in the questions folder",
          "warning"
        )
      );
    } else if (entry.name === "article.md") {
      hasArticle = true;
    } else if (QUIZ_EXTENSION.test(entry.name)) {
      const quizSlug = entry.name.replace(QUIZ_EXTENSION, "");
      const extension = entry.name.slice(quizSlug.length);
      if (extension !== extension.toLowerCase()) {
        diagnostics.push(
          problem(
            path,
            `rename '${entry.name}' to '${quizSlug}${extension.toLowerCase()}': the extension must be lowercase`
          )
        );
      } else if (!SLUG_PATTERN.test(quizSlug)) {
        diagnostics.push(
          problem(
            path,
            `quiz file name '${entry.name}' is not a slug: use lowercase words joined by hyphens, ending .yaml (like reading-check.yaml)`
          )
        );
      } else if (quizFiles.some((quiz) => quiz.slug === quizSlug)) {
        diagnostics.push(
          problem(
            path,
            `two quiz files are named '${quizSlug}'; rename one (each becomes the URL /${slug2}/${quizSlug})`
          )
        );
      } else quizFiles.push({ slug: quizSlug, path });
    } else if (entry.name.toLowerCase() === "article.md") {
      diagnostics.push(problem(path, `rename '${entry.name}' to 'article.md' (lowercase)`));
    } else {
      diagnostics.push(
        problem(
          path,
          `'${entry.name}' is ignored: only article.md and quiz files ending .yaml or .yml are read`,
          "warning"
        )
      );
    }
  }
  if (!hasArticle) {
    diagnostics.push(
      problem(dir, `no article.md in '${dir}': every article folder needs exactly one`)
    );
    return void 0;
  }
  const articlePath = join(dir, "article.md");
  const parsed = parseArticle(readFileSync(articlePath, "utf8"), slug2, articlePath);
  diagnostics.push(...parsed.diagnostics);
  counts.articles++;
  const index = parsed.article ? indexArticle(parsed.article) : void 0;
  const quizzes = [];
  for (const file of quizFiles) {
    counts.quizzes++;
    try {
      const quiz = checkQuizFile(file.path, file.slug, slug2, index, diagnostics, counts, build);
      if (quiz) quizzes.push(quiz);
    } catch (error) {
      diagnostics.push(problem(file.path, internalFault(error)));
    }
  }
  if (!parsed.article) return void 0;
  const { blocks, ...meta } = parsed.article;
  const summary = {
    ...meta,
    paragraphCount: blocks.filter((block) => block.kind === "paragraph").length,
    quizzes: quizzes.map(({ slug: slug3, title, description, mode, questionCount, points }) => ({
      slug: slug3,
      title,
      ...description !== void 0 && { description },
      mode,
      questionCount,
      points
    }))
  };
  return { article: parsed.article, summary, quizzes };
}
function checkContent(dir = defaultQuestionsDir(), { build = true } = {}) {
  const diagnostics = [];
  const counts = { articles: 0, quizzes: 0, questions: 0 };
  const articles = [];
  try {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      diagnostics.push(problem(dir, `the questions folder '${dir}' does not exist`));
      return { diagnostics, counts };
    }
    for (const entry of sortedEntries(dir)) {
      const path = join(dir, entry.name);
      if (isDraft(entry.name)) continue;
      if (!entry.isDirectory()) {
        diagnostics.push(
          problem(
            path,
            `'${entry.name}' is ignored: put each article in its own folder (questions/<article>/article.md)`,
            "warning"
          )
        );
        continue;
      }
      if (!SLUG_PATTERN.test(entry.name)) {
        diagnostics.push(
          problem(
            path,
            `folder name '${entry.name}' is not a slug: use lowercase words joined by hyphens (it becomes the URL)`
          )
        );
        continue;
      }
      const article = checkArticleFolder(path, entry.name, diagnostics, counts, build);
      if (article) articles.push(article);
    }
  } catch (error) {
    diagnostics.push(problem(dir, internalFault(error)));
  }
  const sorted = sortDiagnostics(diagnostics);
  return hasErrors(sorted) || !build ? { diagnostics: sorted, counts } : { content: { articles }, diagnostics: sorted, counts };
}
var CACHE_KEY = /* @__PURE__ */ Symbol.for("close-reader.content-cache");
var cache = globalThis[CACHE_KEY] ??= /* @__PURE__ */ new Map();

// scripts/check-questions.ts
try {
  const dir = process.argv[2] ?? defaultQuestionsDir();
  const result = checkContent(dir, { build: false });
  const report = formatReport(result.counts, result.diagnostics);
  if (hasErrors(result.diagnostics)) {
    console.error(report);
    process.exitCode = 1;
  } else console.log(report);
} catch (error) {
  console.error(internalFault(error));
  process.exitCode = 2;
}
