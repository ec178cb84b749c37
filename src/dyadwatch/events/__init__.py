"""Events step: who did what to whom, sentence by sentence.

- ``lexicon``: the trigger lexicon (data/events/triggers.yaml): ``Trigger``, ``TriggerLexicon``;
- ``cameo``: the CAMEO verb dictionary compiled from PETRARCH-2 (data/events/cameo_verbs.json);
- ``speech``: verbs of saying and announcing, by role (data/events/speech.yaml);
- ``state``: ``ArticleState``, what the coder knows about the article it reads;
- ``prepass``: which sentences can hold an event, decided without the parser;
- ``context``: ``SentenceContext``, what the rules know about one parsed sentence;
- ``tree``: shared questions about the parse (subject, governor, passive, ...);
- ``arguments``: from a token to the actors it names (references included);
- ``extract``: the trigger rules: a trigger and its roles -> a ``Candidate``;
- ``voice``: the voice rules: what a political speaker does by describing others;
- ``assemble``: candidates and voice readings -> ``Event`` records (status, date, place);
- ``timing``: tense and the date of an event;
- ``sentence``: the order in which the rules read the sentences of an article.
"""
