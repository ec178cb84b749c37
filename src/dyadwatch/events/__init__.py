"""Events step: the trigger lexicon and the dependency rules that find who did what to whom."""
