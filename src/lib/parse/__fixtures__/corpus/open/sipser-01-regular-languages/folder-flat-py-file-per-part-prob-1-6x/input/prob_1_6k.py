from automata.fa.dfa import DFA

prob_1_6k = DFA(
    states={'s0', 's1', 's2'},
    input_symbols={'0', '1'},
    transitions={
        's0': {'0': 's1', '1': 's2'},
        's1': {'0': 's2', '1': 's2'},
        's2': {'0': 's2', '1': 's2'},
    },
    initial_state='s0',
    final_states={'s0', 's1'}
)


