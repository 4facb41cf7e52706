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

prob_1_6a = DFA(
    states={'s0', 's1', 's2', 's3'},
    input_symbols={'0', '1'},
    transitions={
        's0': {'0': 's0', '1': 's0'},
        's1': {'0': 's0', '1': 's2'},
        's2': {'0': 's3', '1': 's2'},
        's3': {'0': 's3', '1': 's2'}
    },
    initial_state='s1',
    final_states={'s3'}
)

# prob_1_6b = DFA(
#     
# )

# prob_1_6c = DFA(
#     
# )

# prob_1_6f = DFA(
#     
# )

# prob_1_6g = DFA(
#     
# )

# prob_1_6h = DFA(
#     
# )

# prob_1_6i = DFA(
#     
# )

# prob_1_6m = DFA(
#     
# )

# prob_1_6n = DFA(
#     
# )
