from automata.fa.dfa import DFA

prob_1_3 = DFA(
    states={'s1', 's2', 's3', 's4', 's5'},
    input_symbols={'u', 'd'},
    transitions={
        's1': {'u': 's1', 'd': 's2'},
        's2': {'u': 's1', 'd': 's3'},
        's3': {'u': 's2', 'd': 's4'},
        's4': {'u': 's3', 'd': 's5'},
        's5': {'u': 's4', 'd': 's5'}
    },
    initial_state='s3',
    final_states={'s3'}
)


