from automata.fa.dfa import DFA

prob_1_6f = DFA(
    states={'s0', 's1', 's2', 's3'},
    input_symbols={'0', '1'},
    transitions={
        's0': {'0': 's0', '1': 's1'},
        's1': {'0': 's0', '1': 's2'},
        's2': {'0': 's3', '1': 's2'},
        's3': {'0': 's3', '1': 's3'},
    },
    initial_state='s0',
    final_states={'s0', 's1', 's2'}
)




