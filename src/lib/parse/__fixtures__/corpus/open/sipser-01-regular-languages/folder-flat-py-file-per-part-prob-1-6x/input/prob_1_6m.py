from automata.fa.dfa import DFA

prob_1_6m = DFA(
    states={'s0', 's1'},
    input_symbols={'0', '1', ''},
    transitions={
        's0': {'1': 's0', '0': 's0', '': 's0'}, 
        's1': {'0': 's0', '1': 's0', '': 's0'},
        },
    initial_state='s0',
    final_states={'s1'}
)

