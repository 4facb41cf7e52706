from automata.fa.dfa import DFA

prob_1_6c = DFA(
    states={'s0', 's1', 's2', 's3', 's4'},
    input_symbols={'0', '1'},
    transitions={
        's0': {'1': 's0', '0': 's1'},
        's1': {'0': 's1', '1': 's2'},
        's2': {'1': 's0', '0': 's3'},
        's3': {'0': 's1', '1': 's4'},
        's4': {'1': 's4', '0': 's4'}
    },
    initial_state='s0',
    final_states={'s4'}
)


