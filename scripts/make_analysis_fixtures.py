#!/usr/bin/env python3
"""Writes the reference numbers FormantAnalysis is tested against (Tests/FormantAnalysisTests/Fixtures/).

Run by a developer in a venv OUTSIDE the repository, never in CI:

    python3 -m venv /work/venv-analysis
    /work/venv-analysis/bin/pip install numpy scipy scikit-learn umap-learn
    /work/venv-analysis/bin/python scripts/make_analysis_fixtures.py --svcca-dir /tmp/svcca

`--svcca-dir` is a directory holding google/svcca's `cca_core.py` and `pwcca.py` (a checkout of
https://github.com/google/svcca, commit 1f3fbf19bd31bd9b76e728ef75842aa1d9a4cd2b). Without it the two
files are downloaded from that commit into a temporary directory. Their code is imported from there
at generation time and is never copied into this repository.

References and what each fixture holds:
  * SVCCA: google/svcca tutorial 001's recipe (centre, SVD, keep the leading directions, then
    cca_core.get_cca_similarity(epsilon=0) and np.mean(cca_coef1)); directions are kept by the
    explained-variance fraction of squared singular values or by a fixed count.
  * CCA: cca_core.get_cca_similarity, with and without epsilon ("mean" is cca_core's thresholded mean).
  * PWCCA: pwcca.compute_pwcca on centred views with the narrower view first (google's code fails the
    other way round, and on uncentred views its value depends on singular-vector signs).
  * CKA: Kornblith et al. (2019) linear CKA and its debiased form, both from the n x n Gram formula
    (centering, or the unbiased centering of Song et al. 2012) and cross-checked with the feature form.
  * PCA: scikit-learn PCA (components sign-normalised: largest-magnitude loading positive).
  * Logistic regression: scikit-learn LogisticRegression(lbfgs, multinomial, L2 with C) probabilities.
  * Trustworthiness: sklearn.manifold.trustworthiness.
All data are synthetic, drawn from a seeded generator, and written as JSON (doubles in full precision).
"""
import argparse
import json
import os
import sys
import tempfile
import urllib.request

import numpy as np

SVCCA_COMMIT = "1f3fbf19bd31bd9b76e728ef75842aa1d9a4cd2b"
SVCCA_RAW = "https://raw.githubusercontent.com/google/svcca/" + SVCCA_COMMIT + "/{}"


def import_svcca(directory):
    """Imports cca_core and pwcca from `directory`, downloading them first when it is None."""
    if directory is None:
        directory = tempfile.mkdtemp(prefix="svcca-")
        for name in ("cca_core.py", "pwcca.py"):
            urllib.request.urlretrieve(SVCCA_RAW.format(name), os.path.join(directory, name))
    sys.path.insert(0, directory)
    import cca_core  # noqa: E402
    import pwcca  # noqa: E402
    return cca_core, pwcca


def correlated_views(rng, n, da, db, latent=6, noise=0.5):
    """Two views sharing a latent signal, with non-zero means and unequal feature scales."""
    z = rng.normal(size=(n, latent))
    a = z @ rng.normal(size=(latent, da)) + noise * rng.normal(size=(n, da))
    b = np.tanh(z @ rng.normal(size=(latent, db))) + noise * rng.normal(size=(n, db))
    a = a * rng.uniform(0.5, 3.0, size=da) + rng.normal(scale=5.0, size=da)
    b = b * rng.uniform(0.5, 3.0, size=db) + rng.normal(scale=5.0, size=db)
    return a, b


def kept_directions(singular_values, keep):
    """The number of leading SVD directions kept: a variance fraction (float) or a count (int)."""
    variances = singular_values ** 2
    rank = int(np.sum(variances > 1e-12 * variances[0]))
    if isinstance(keep, int):
        return min(keep, rank)
    cumulative = np.cumsum(variances[:rank]) / np.sum(variances[:rank])
    return int(np.argmax(cumulative >= keep - 1e-12) + 1)


def svd_reduce(acts, keep):
    """google/svcca tutorial recipe: acts is neurons x datapoints; returns svacts (k x datapoints)."""
    centred = acts - np.mean(acts, axis=1, keepdims=True)
    _, s, v = np.linalg.svd(centred, full_matrices=False)
    k = kept_directions(s, keep)
    return np.dot(s[:k] * np.eye(k), v[:k])


def svcca_reference(cca_core, a, b, keep_a, keep_b):
    """SVCCA of frames x features matrices a, b by google's recipe."""
    sa, sb = svd_reduce(a.T, keep_a), svd_reduce(b.T, keep_b)
    result = cca_core.get_cca_similarity(sa, sb, epsilon=0.0, verbose=False)
    return {"keep_a": keep_a, "keep_b": keep_b, "kept_a": sa.shape[0], "kept_b": sb.shape[0],
            "mean": float(np.mean(result["cca_coef1"])), "correlations": result["cca_coef1"].tolist()}


def gram_cka(x, y, debiased):
    """Kornblith et al.'s CKA from n x n linear Gram matrices (unbiased centering when debiased)."""
    def centre(gram):
        gram = gram.copy()
        n = gram.shape[0]
        if debiased:
            np.fill_diagonal(gram, 0)
            means = np.sum(gram, 0) / (n - 2)
            means -= np.sum(means) / (2 * (n - 1))
            gram -= means[:, None]
            gram -= means[None, :]
            np.fill_diagonal(gram, 0)
        else:
            means = np.mean(gram, 0)
            means -= np.mean(means) / 2
            gram -= means[:, None]
            gram -= means[None, :]
        return gram
    gx, gy = centre(x @ x.T), centre(y @ y.T)
    return float(gx.ravel() @ gy.ravel() / (np.linalg.norm(gx) * np.linalg.norm(gy)))


def feature_cka(x, y, debiased):
    """The same quantity from feature Gram matrices (d x d), Kornblith et al.'s feature form."""
    x = x - x.mean(0)
    y = y - y.mean(0)
    xty = np.linalg.norm(x.T @ y) ** 2
    nx, ny = np.linalg.norm(x.T @ x), np.linalg.norm(y.T @ y)
    if not debiased:
        return float(xty / (nx * ny))
    n = x.shape[0]
    rx, ry = np.sum(x ** 2, 1), np.sum(y ** 2, 1)

    def helper(value, ra, rb, ta, tb):
        return value - n / (n - 2.0) * ra.dot(rb) + ta * tb / ((n - 1) * (n - 2))
    hxy = helper(xty, rx, ry, rx.sum(), ry.sum())
    hxx = helper(nx ** 2, rx, rx, rx.sum(), rx.sum())
    hyy = helper(ny ** 2, ry, ry, ry.sum(), ry.sum())
    return float(hxy / np.sqrt(hxx * hyy))


def cka_reference(x, y):
    result = {}
    for debiased in (False, True):
        gram, feature = gram_cka(x, y, debiased), feature_cka(x, y, debiased)
        assert abs(gram - feature) < 1e-9, (debiased, gram, feature)
        result["debiased" if debiased else "linear"] = gram
    return result


def similarity_fixture(cca_core, pwcca, rng):
    a, b = correlated_views(rng, 300, 24, 16)
    cca_plain = cca_core.get_cca_similarity(a.T, b.T, epsilon=0.0, verbose=False)
    cca_eps = cca_core.get_cca_similarity(a.T, b.T, epsilon=1e-3, verbose=False)
    # compute_pwcca adds the neuron means back to its directions and projects uncentred activations,
    # which makes its value depend on LAPACK's arbitrary singular-vector signs; on centred views the
    # means vanish and the value is sign-independent (the PWCCA paper's definition).
    ac, bc = a - a.mean(0), b - b.mean(0)
    pw_mean, pw_weights, pw_coefs = pwcca.compute_pwcca(bc.T, ac.T, epsilon=0.0)
    return {
        "a": a.tolist(), "b": b.tolist(),
        "svcca": [svcca_reference(cca_core, a, b, 0.99, 0.99), svcca_reference(cca_core, a, b, 0.9, 0.8),
                  svcca_reference(cca_core, a, b, 10, 6)],
        "cca": {"correlations": cca_plain["cca_coef1"].tolist(), "mean": float(cca_plain["mean"][0])},
        "cca_epsilon": {"epsilon": 1e-3, "correlations": cca_eps["cca_coef1"].tolist(),
                        "mean": float(cca_eps["mean"][0])},
        "pwcca_narrow_first": {"mean": float(pw_mean), "weights": pw_weights.tolist(), "correlations": pw_coefs.tolist()},
        "cka": cka_reference(a, b),
    }


def wide_fixture(cca_core, rng):
    """Fewer frames than features: only SVCCA (after its SVD reduction) is defined."""
    a, b = correlated_views(rng, 40, 64, 48, latent=4)
    return {"a": a.tolist(), "b": b.tolist(), "svcca": svcca_reference(cca_core, a, b, 0.99, 0.99),
            "cka": cka_reference(a, b)}


def labels_fixture(cca_core, rng):
    """SVCCA of a representation against frame labels (the one-hot view keeps all its directions)."""
    n, d, classes = 240, 12, 4
    labels = rng.integers(0, classes, size=n)
    centres = rng.normal(scale=2.0, size=(classes, d))
    x = centres[labels] + rng.normal(size=(n, d))
    one_hot = np.eye(classes)[labels]
    reference = svcca_reference(cca_core, x, one_hot, 0.99, classes)
    return {"x": x.tolist(), "labels": labels.tolist(), "svcca": reference}


def pca_fixture(rng):
    from sklearn.decomposition import PCA
    x, _ = correlated_views(rng, 200, 10, 2)
    pca = PCA(n_components=4).fit(x)
    components = pca.components_.copy()
    signs = np.sign(components[np.arange(4), np.argmax(np.abs(components), axis=1)])
    components *= signs[:, None]
    scores = (x - pca.mean_) @ components.T
    return {"x": x.tolist(), "k": 4, "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
            "explained_variance": pca.explained_variance_.tolist(), "components": components.tolist(),
            "scores": scores.tolist()}


def logistic_fixture(rng):
    from sklearn.linear_model import LogisticRegression
    n, d, classes = 300, 6, 3
    labels = rng.integers(0, classes, size=n)
    x = rng.normal(scale=1.5, size=(classes, d))[labels] + rng.normal(size=(n, d))
    train, test = np.arange(0, 200), np.arange(200, n)
    model = LogisticRegression(C=0.5, solver="lbfgs", tol=1e-12, max_iter=10000).fit(x[train], labels[train])
    return {"x": x.tolist(), "labels": labels.tolist(), "train": train.tolist(), "test": test.tolist(), "C": 0.5,
            "test_probabilities": model.predict_proba(x[test]).tolist(),
            "test_accuracy": float(model.score(x[test], labels[test]))}


def trustworthiness_fixture(rng):
    from sklearn.manifold import trustworthiness
    x = rng.normal(size=(120, 8))
    embedding = x[:, :2] + 0.8 * rng.normal(size=(120, 2))
    return {"x": x.tolist(), "embedding": embedding.tolist(), "k": 5,
            "trustworthiness": float(trustworthiness(x, embedding, n_neighbors=5))}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svcca-dir", help="directory holding google/svcca's cca_core.py and pwcca.py")
    parser.add_argument("--output", default=os.path.join(os.path.dirname(__file__), "..", "Tests",
                                                         "FormantAnalysisTests", "Fixtures", "analysis.json"))
    args = parser.parse_args()
    cca_core, pwcca = import_svcca(args.svcca_dir)
    rng = np.random.default_rng(20250127)
    fixture = {
        "similarity": similarity_fixture(cca_core, pwcca, rng),
        "wide": wide_fixture(cca_core, rng),
        "labels": labels_fixture(cca_core, rng),
        "pca": pca_fixture(rng),
        "logistic": logistic_fixture(rng),
        "trustworthiness": trustworthiness_fixture(rng),
    }
    with open(args.output, "w") as out:
        json.dump(fixture, out)
    print(f"wrote {os.path.abspath(args.output)} ({os.path.getsize(args.output) / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
