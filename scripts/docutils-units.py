#!/usr/bin/env python3
"""Reference prose units of the kernel Documentation/ corpus, extracted with docutils.

For every .rst file under <corpus>/Documentation (translations included) this parses the
file with docutils (0.19) under claimlint's directive and role policy and records one
unit per paragraph-level text node (paragraph, title, term, line, rubric, caption), with
the text that is prose and the chain of enclosing section titles. The result is cached
per corpus version at <corpus>/docutils-units.json and compared with claimlint's own
prose units by scripts/corpus-compare.mjs (`npm run corpus:compare`).

The corpus is $CLAIMLINT_CORPUS if set, else ${XDG_CACHE_HOME:-~/.cache}/claimlint/current.

Usage: docutils-units.py [--force] [--jobs N] [--corpus DIR] [--out FILE] [--file REL...]
  --force       rebuild even when the cached reference matches the corpus version
  --jobs N      worker processes (default 2)
  --file REL    do not build the cache; print the units of these files (paths relative
                to Documentation/) as JSON on stdout, for checking the policy by hand

Policy notes (the claimlint parser follows the same policy):
- Directives: code-like and unknown directives are skipped (return no nodes);
  versionadded, versionchanged, deprecated, hlist and flat-table have their body
  parsed as RST (argument ignored); the argument of centered, seealso and todo is a
  paragraph, as Sphinx makes it; docutils'
  admonitions, topic, sidebar, rubric, table directives, figure, line-block, ... are native.
- Roles: every role (domain roles and the default role included) is a literal, except
  `title <target>`, whose title is plain prose text. rspan/cspan produce nothing.
- No docutils transforms run: substitution references stay substitution_reference nodes
  (not prose) instead of being replaced by their definitions, and references to unknown
  targets keep their link text (prose) instead of becoming `problematic` nodes.
"""

import argparse
import json
import multiprocessing
import os
import re
import signal
import sys
import time

import docutils
import docutils.core
import docutils.nodes as nodes
import docutils.utils
from docutils.parsers.rst import Directive, directives, roles
from docutils.readers import standalone

# Bump when the extraction policy changes: a cached reference with another policy is rebuilt.
POLICY = 3
FILE_TIMEOUT_S = 120

# ------------------------------------------------------------------ directive policy

SKIP_DIRECTIVES = {
    'code-block', 'code', 'sourcecode', 'literalinclude', 'kernel-doc', 'raw', 'only', 'math',
    'highlight', 'include', 'kernel-include', 'toctree', 'tabularcolumns', 'kernel-figure',
    'kernel-render', 'kernel-feat', 'kernel-abi', 'contents', 'sectnum', 'section-numbering',
    'cssclass', 'csv-table', 'image', 'graphviz', 'parsed-literal', 'index', 'c:namespace',
    'c:namespace-push', 'c:namespace-pop', 'default-role', 'role', 'meta', 'glossary', 'title',
}
DOMAIN_PREFIX = re.compile(r'^(c|cpp|py|js|rst|std):')
PROSE_CONTAINER_DIRECTIVES = {
    'versionadded', 'versionchanged', 'deprecated', 'hlist', 'flat-table',
}
# docutils-native directives that keep their behaviour (everything else docutils knows that
# is not in SKIP_DIRECTIVES keeps it too, e.g. replace/unicode/date inside substitutions).
NATIVE_DIRECTIVES = {
    'note', 'warning', 'attention', 'caution', 'danger', 'error', 'hint', 'important', 'tip',
    'admonition', 'topic', 'sidebar', 'rubric', 'epigraph', 'highlights', 'pull-quote',
    'compound', 'container', 'table', 'list-table', 'figure', 'line-block', 'class',
}


class AnyOptions(dict):
    """An option_spec that accepts every option name (values kept unchanged)."""

    def __bool__(self):
        return True

    def __contains__(self, key):
        return True

    def __missing__(self, key):
        return directives.unchanged


class PermissiveDirective(Directive):
    """Accepts any arguments, options and content (the policy decides what is prose)."""
    required_arguments = 0
    optional_arguments = 100
    final_argument_whitespace = True
    option_spec = AnyOptions()
    has_content = True


class SkipDirective(PermissiveDirective):
    """Code-like or unknown directive: its argument, options and body are not prose."""

    def run(self):
        return []


class ProseContainerDirective(PermissiveDirective):
    """versionadded, ..., flat-table: the body is parsed as RST; the argument is ignored
    and there is no title."""

    def run(self):
        node = nodes.container()
        if self.content:
            self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


class CenteredDirective(PermissiveDirective):
    """centered, seealso, todo: the argument is a paragraph (then the body, parsed as RST)."""
    optional_arguments = 1

    def run(self):
        result = []
        if self.arguments:
            text = self.arguments[0]
            inline, messages = self.state.inline_text(text, self.lineno)
            result.append(nodes.paragraph(text, '', *inline))
            result.extend(messages)
        if self.content:
            node = nodes.container()
            self.state.nested_parse(self.content, self.content_offset, node)
            result.append(node)
        return result


_original_directive = directives.directive


def policy_directive(directive_name, language_module, document):
    name = directive_name.lower()
    if name in SKIP_DIRECTIVES or DOMAIN_PREFIX.match(name):
        return SkipDirective, []
    if name in PROSE_CONTAINER_DIRECTIVES:
        return ProseContainerDirective, []
    if name in ('centered', 'seealso', 'todo'):
        # Sphinx turns the argument of seealso and todo into the first paragraph of the body.
        return CenteredDirective, []
    cls, messages = _original_directive(directive_name, language_module, document)
    if cls is None:  # unknown to docutils and not prose: skipped
        return SkipDirective, []
    return cls, messages


# ------------------------------------------------------------------ role policy

# `title <target>` (the `<` not backslash-escaped); docutils marks escapes with \x00.
EXPLICIT_TITLE = re.compile(r'^(.+?)\s*(?<!\x00)<(.*?)>$', re.DOTALL)


def policy_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    if name.lower() in ('rspan', 'cspan'):
        return [], []
    m = EXPLICIT_TITLE.match(text)
    if m:
        return [nodes.Text(docutils.utils.unescape(m.group(1)))], []
    return [nodes.literal(rawtext, docutils.utils.unescape(text))], []


def policy_role_lookup(role_name, language_module, lineno, reporter):
    return policy_role, []


def install_policy():
    directives.directive = policy_directive
    roles.role = policy_role_lookup


class NoTransformsReader(standalone.Reader):
    """No transforms: keep the parse tree as parsed (see the module docstring)."""

    def get_transforms(self):
        return []


SETTINGS = {
    'report_level': 5,
    'halt_level': 5,
    'warning_stream': False,
    'doctitle_xform': False,
    'docinfo_xform': False,
    'sectsubtitle_xform': False,
    'file_insertion_enabled': False,
    'raw_enabled': False,
    'input_encoding': 'utf-8',
    'input_encoding_error_handler': 'replace',
    'tab_width': 8,
    'pep_references': False,
    'rfc_references': False,
    'smart_quotes': False,
    'character_level_inline_markup': False,
    '_disable_config': True,
}

# ------------------------------------------------------------------ unit extraction

EXCLUDED_BLOCKS = (
    nodes.literal_block, nodes.doctest_block, nodes.comment, nodes.substitution_definition,
    nodes.raw, nodes.system_message, nodes.problematic, nodes.field_name, nodes.label,
    nodes.attribution, nodes.image, nodes.option_group, nodes.option_string, nodes.option,
    nodes.math_block, nodes.pending,
)
EXCLUDED_INLINE = (
    nodes.literal, nodes.footnote_reference, nodes.citation_reference,
    nodes.substitution_reference, nodes.problematic, nodes.system_message, nodes.raw,
    nodes.image, nodes.comment, nodes.math,
)
UNIT_KINDS = {
    nodes.paragraph: 'paragraph', nodes.title: 'title', nodes.subtitle: 'title',
    nodes.rubric: 'rubric', nodes.caption: 'caption', nodes.line: 'line',
}
WORD = re.compile(r'[A-Za-z]{3,}')


def is_bare_reference(node):
    uri = node.get('refuri')
    if uri is None:
        return False
    text = node.astext()
    return text == uri or 'mailto:' + text == uri


def prose_text(node):
    """The prose of inline content: excluded inline nodes become a space."""
    if isinstance(node, nodes.Text):
        return node.astext()
    if isinstance(node, EXCLUDED_INLINE):
        return ' '
    if isinstance(node, nodes.reference) and is_bare_reference(node):
        return ' '
    return ''.join(prose_text(child) for child in node.children)


def normalize_title(text):
    return ' '.join(WORD.findall(text)).lower()


class Extractor:
    def __init__(self):
        self.units = []
        self.other = {}  # unexpected text elements, by tag name (diagnostics)

    def emit(self, kind, text, chain, node):
        if text.strip():
            # "in": the element holding the unit (entry = table cell, list_item, definition,
            # field_body, note, ...), to break the differences down by construct
            self.units.append({'kind': kind, 'chain': ' / '.join(chain), 'text': text,
                               'in': node.parent.tagname if node.parent is not None else ''})

    def visit(self, node, chain):
        if isinstance(node, nodes.Text) or isinstance(node, EXCLUDED_BLOCKS):
            return
        if isinstance(node, nodes.target) and not isinstance(node.parent, nodes.TextElement):
            return  # a block-level target (an inline target is prose, inside its unit)
        if isinstance(node, nodes.section):
            inner = chain
            for child in node.children:
                if isinstance(child, nodes.title) and inner is chain:
                    text = prose_text(child)
                    self.emit('title', text, chain, child)
                    inner = chain + [normalize_title(text)]
                else:
                    self.visit(child, inner)
            return
        kind = UNIT_KINDS.get(type(node))
        if kind:
            self.emit(kind, prose_text(node), chain, node)
            return
        if isinstance(node, nodes.definition_list_item):
            parts = [prose_text(c) for c in node.children
                     if isinstance(c, (nodes.term, nodes.classifier))]
            self.emit('term', ' : '.join(parts), chain, node)
            for child in node.children:
                if not isinstance(child, (nodes.term, nodes.classifier)):
                    self.visit(child, chain)
            return
        if isinstance(node, nodes.TextElement):
            text = prose_text(node)
            if text.strip():
                self.other[node.tagname] = self.other.get(node.tagname, 0) + 1
            return
        for child in node.children:
            self.visit(child, chain)


def read_source(path):
    with open(path, 'rb') as f:
        data = f.read()
    text = data.decode('utf-8', errors='replace')
    if text.startswith('\ufeff'):
        text = text[1:]
    return text


def _timeout(signum, frame):
    raise TimeoutError('docutils took more than %d s' % FILE_TIMEOUT_S)


def units_of(args):
    root, rel = args
    signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(FILE_TIMEOUT_S)
    try:
        text = read_source(os.path.join(root, rel))
        doctree = docutils.core.publish_doctree(
            text, source_path=rel, reader=NoTransformsReader(), settings_overrides=SETTINGS)
        extractor = Extractor()
        extractor.visit(doctree, [])
        result = {'units': extractor.units}
        if extractor.other:
            result['unexpected'] = extractor.other
        return rel, result
    except BaseException as error:  # never let one file kill the run
        if isinstance(error, KeyboardInterrupt):
            raise
        return rel, {'error': '%s: %s' % (type(error).__name__, error)}
    finally:
        signal.alarm(0)


def worker_init():
    install_policy()
    sys.setrecursionlimit(20000)


# ------------------------------------------------------------------ driver

def corpus_dir(arg):
    if arg:
        return arg
    if os.environ.get('CLAIMLINT_CORPUS'):
        return os.environ['CLAIMLINT_CORPUS']
    cache = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    return os.path.join(cache, 'claimlint', 'current')


def rst_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            if name.endswith('.rst'):
                found.append(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/'))
    return sorted(found)


def log(message):
    print('docutils-units: ' + message, file=sys.stderr, flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--force', action='store_true', help='rebuild even if the cache is current')
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--corpus', help='corpus directory (default: $CLAIMLINT_CORPUS or the cache)')
    ap.add_argument('--out', help='output file (default: <corpus>/docutils-units.json)')
    ap.add_argument('--file', nargs='+', metavar='REL',
                    help='print the units of these files (relative to Documentation/) and exit')
    opts = ap.parse_args()

    corpus = corpus_dir(opts.corpus)
    doc_root = os.path.join(corpus, 'Documentation')
    manifest_path = os.path.join(corpus, 'manifest.json')
    if not os.path.isdir(doc_root):
        log('no corpus at %s (run `npm run corpus:fetch` or set CLAIMLINT_CORPUS)' % corpus)
        return 2

    if opts.file:
        install_policy()
        out = {rel: units_of((doc_root, rel))[1] for rel in opts.file}
        json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0

    try:
        with open(manifest_path, encoding='utf-8') as f:
            version = json.load(f).get('version', 'unknown')
    except (OSError, ValueError):
        version = 'unknown'
    out_path = opts.out or os.path.join(corpus, 'docutils-units.json')

    if not opts.force and os.path.exists(out_path):
        try:
            with open(out_path, encoding='utf-8') as f:
                head = f.read(4096)
            # version, docutils and policy are written first: no need to load the whole file
            m_version = re.search(r'"version":\s*("(?:[^"\\]|\\.)*")', head)
            m_policy = re.search(r'"policy":\s*(\d+)', head)
            m_docutils = re.search(r'"docutils":\s*"([^"]*)"', head)
            if (m_version and json.loads(m_version.group(1)) == version and m_policy
                    and int(m_policy.group(1)) == POLICY and m_docutils
                    and m_docutils.group(1) == docutils.__version__):
                log('reference is current: %s' % out_path)
                return 0
        except OSError:
            pass

    files = rst_files(doc_root)
    log('parsing %d files of %s with docutils %s (%d processes)'
        % (len(files), version, docutils.__version__, opts.jobs))
    started = time.time()
    # Largest files first, so that the last chunk of work is not one huge file.
    by_size = sorted(files, key=lambda rel: -os.path.getsize(os.path.join(doc_root, rel)))
    results = {}
    with multiprocessing.Pool(max(1, opts.jobs), initializer=worker_init) as pool:
        for rel, result in pool.imap_unordered(units_of, [(doc_root, r) for r in by_size],
                                               chunksize=4):
            results[rel] = result
    elapsed = time.time() - started

    errors = [rel for rel, r in results.items() if 'error' in r]
    units = sum(len(r.get('units', ())) for r in results.values())
    unexpected = {}
    for r in results.values():
        for tag, count in r.get('unexpected', {}).items():
            unexpected[tag] = unexpected.get(tag, 0) + count
    document = {
        'version': version,
        'docutils': docutils.__version__,
        'policy': POLICY,
        'seconds': round(elapsed, 1),
        'files': {rel: results[rel] for rel in files},
    }
    tmp = out_path + '.tmp%d' % os.getpid()
    with open(tmp, 'w', encoding='utf-8') as f:
        json.dump(document, f, ensure_ascii=False, separators=(',', ':'))
    os.replace(tmp, out_path)
    log('%d files, %d units, %d errors in %.1f s -> %s'
        % (len(files), units, len(errors), elapsed, out_path))
    for rel in errors[:20]:
        log('  error: %s: %s' % (rel, results[rel]['error']))
    if unexpected:
        log('  text in unexpected elements (not units): %s' % json.dumps(unexpected))
    return 0


if __name__ == '__main__':
    sys.exit(main())
