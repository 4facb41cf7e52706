from automata.fa.dfa import DFA

prob_1_6n = DFA(
    states={'s0', 's1'},
    input_symbols={'0', '1', ''},
    transitions={
        's0': {'1': 's1', '0': 's1', '': 's0'}, 
        's1': {'0': 's1', '1': 's1', '': 's0'},
        },
    initial_state='s0',
    final_states={'s1'}
)
