"""NLP step: the spaCy pipeline and text segmentation."""
