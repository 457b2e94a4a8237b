"""Sentence ranking (TextRank) and redundancy-aware selection (maximal marginal relevance).

TextRank: PageRank (networkx Google matrix, power iteration) over a TF-IDF cosine sentence graph,
personalised by a prior that favours lead sentences, sentences close to the document centroid and
sentences close to the title. The final score blends PageRank, centroid similarity and position.

MMR picks, one at a time, the sentence with the best `score - redundancy` where redundancy is the
highest cosine similarity to anything already picked; near-duplicates (containment or >= 70 % shared
tokens) are never picked at all. Every later stage (gist, summary, key points) draws from one MMR
order and takes disjoint sentences, so nothing is said twice.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from service.engines.extractive._text import MIN_SENTENCE, tokens
from service.engines.extractive.sentences import Sentence

# Weight of redundancy against relevance in MMR. At 0.6 a sentence that repeats half of an already
# chosen one (cosine 0.5) loses 0.3 of a maximum score of 1: enough to let a fresh sentence through.
MMR_REDUNDANCY = 0.6
NEAR_DUPLICATE_SHARE = 0.7
# A recap - a sentence at least three quarters of whose content words the article has already said in
# earlier paragraphs (a conclusion that lists every point again, a section that restates another) - is
# central by construction, so TextRank ranks it first; but it adds nothing to what the earlier sentences
# say and its enumerations read badly out of context. Its score is damped, not zeroed: in an article made
# only of restatements one still leads.
RECAP_NOVELTY = 0.25
RECAP_DAMPING = 0.6


@dataclass(frozen=True)
class Ranking:
    sentences: list[Sentence]  # candidates, document order
    scores: np.ndarray  # relevance in [0, 1], aligned with `sentences`
    similarity: np.ndarray  # cosine similarity between candidates

    def ranked(self) -> list[Sentence]:
        order = sorted(range(len(self.sentences)), key=lambda i: (-round(float(self.scores[i]), 12), i))
        return [self.sentences[i] for i in order]

    def score(self, sentence: Sentence) -> float:
        return float(self.scores[self.sentences.index(sentence)])

    def mmr_order(self, lang: str) -> list[Sentence]:
        """Every candidate that is not a near-duplicate of a better one, in MMR order."""
        remaining = list(range(len(self.sentences)))
        chosen: list[int] = []
        while remaining:
            best, best_value = -1, -math.inf
            for i in remaining:
                redundancy = max((float(self.similarity[i, j]) for j in chosen), default=0.0)
                value = float(self.scores[i]) - MMR_REDUNDANCY * redundancy
                if value > best_value + 1e-12:
                    best, best_value = i, value
            remaining.remove(best)
            if not any(near_duplicate(self.sentences[best], self.sentences[j], lang) for j in chosen):
                chosen.append(best)
        return [self.sentences[i] for i in chosen]


def near_duplicate(a: Sentence | str, b: Sentence | str, lang: str) -> bool:
    text_a = a.text if isinstance(a, Sentence) else a
    text_b = b.text if isinstance(b, Sentence) else b
    if text_a in text_b or text_b in text_a:
        return True
    tokens_a = set(a.tokens if isinstance(a, Sentence) else tokens(text_a, lang))
    tokens_b = set(b.tokens if isinstance(b, Sentence) else tokens(text_b, lang))
    if not tokens_a or not tokens_b:
        return False
    return len(tokens_a & tokens_b) / min(len(tokens_a), len(tokens_b)) >= NEAR_DUPLICATE_SHARE


def novelty(candidates: list[Sentence]) -> np.ndarray:
    """Share of each sentence's distinct content tokens that no earlier paragraph has used (1.0 for
    the first paragraph, and for a sentence without tokens)."""
    out = np.ones(len(candidates))
    seen: set[str] = set()
    by_paragraph: dict[int, list[int]] = {}
    for i, sentence in enumerate(candidates):
        by_paragraph.setdefault(sentence.paragraph, []).append(i)
    for paragraph in sorted(by_paragraph):
        members = by_paragraph[paragraph]
        for i in members:
            words = set(candidates[i].tokens)
            if words:
                out[i] = len(words - seen) / len(words)
        for i in members:
            seen.update(candidates[i].tokens)
    return out


def _tfidf(docs: list[list[str]]) -> tuple[np.ndarray, dict[str, int], np.ndarray]:
    """Row-normalised TF-IDF matrix (sublinear tf, smoothed idf), the vocabulary and the idf vector."""
    vocab: dict[str, int] = {}
    for doc in docs:
        for token in doc:
            vocab.setdefault(token, len(vocab))
    matrix = np.zeros((len(docs), max(len(vocab), 1)))
    for row, doc in enumerate(docs):
        for token, count in Counter(doc).items():
            matrix[row, vocab[token]] = 1.0 + math.log(count)
    df = (matrix > 0).sum(axis=0)
    idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
    matrix *= idf
    return _normalise_rows(matrix), vocab, idf


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def _vector(words: list[str], vocab: dict[str, int], idf: np.ndarray) -> np.ndarray:
    vec = np.zeros(len(idf))
    for token, count in Counter(words).items():
        if token in vocab:
            vec[vocab[token]] = (1.0 + math.log(count)) * idf[vocab[token]]
    norm = np.linalg.norm(vec)
    return vec / norm if norm else vec


def _pagerank(similarity: np.ndarray, prior: np.ndarray, alpha: float = 0.85) -> np.ndarray:
    """Personalised PageRank over the weighted sentence graph: networkx builds the Google matrix
    (numpy only, no scipy needed); a fixed number of power iterations keeps it deterministic."""
    import networkx as nx  # ~11 MB and 0.1 s CPU to import: only processes that rank sentences pay it

    n = similarity.shape[0]
    graph = nx.from_numpy_array(similarity)
    personalization = {i: float(prior[i]) for i in range(n)}
    google = nx.google_matrix(graph, alpha=alpha, personalization=personalization, nodelist=list(range(n)))
    rank = prior / prior.sum()
    for _ in range(100):
        nxt = rank @ google
        delta = float(np.abs(nxt - rank).sum())
        rank = nxt
        if delta < 1e-10:
            break
    return np.asarray(rank).ravel()


def rank(candidates: list[Sentence], lang: str, title: str | None) -> Ranking:
    n = len(candidates)
    if n == 1:
        return Ranking(candidates, np.ones(1), np.zeros((1, 1)))
    matrix, vocab, idf = _tfidf([s.tokens for s in candidates])
    similarity = matrix @ matrix.T
    np.fill_diagonal(similarity, 0.0)
    similarity[similarity < 1e-6] = 0.0

    centroid = _normalise_rows(matrix.sum(axis=0, keepdims=True))[0]
    centrality = matrix @ centroid
    position = 1.0 / np.sqrt(1.0 + np.arange(n))
    title_sim = np.zeros(n)
    if title:
        title_vec = _vector(tokens(title, lang), vocab, idf)
        if title_vec.any():
            title_sim = matrix @ title_vec

    prior = position * (0.2 + centrality + 0.5 * title_sim) + 1e-9
    pagerank = _pagerank(similarity, prior) if similarity.any() else prior / prior.sum()

    def scaled(values: np.ndarray) -> np.ndarray:
        top = float(values.max())
        return values / top if top > 0 else values

    # Very short sentences carry little; damp them slightly so a fragment does not lead the summary.
    brevity = np.array([min(1.0, 0.6 + 0.4 * s.size / (3 * MIN_SENTENCE[lang])) for s in candidates])
    # A very long sentence spends a large share of the summary's size budget: damp it by the square
    # root of how far it runs over 8 minimal sentences (80 Chinese characters, 40 English words).
    long_at = 8 * MIN_SENTENCE[lang]
    brevity *= np.array([min(1.0, (long_at / s.size) ** 0.5) for s in candidates])
    recap = np.where(novelty(candidates) < RECAP_NOVELTY, RECAP_DAMPING, 1.0)
    score = (
        (0.55 * scaled(pagerank) + 0.25 * scaled(centrality) + 0.2 * position + 0.1 * title_sim)
        * brevity
        * recap
    )
    return Ranking(candidates, scaled(score), similarity)
