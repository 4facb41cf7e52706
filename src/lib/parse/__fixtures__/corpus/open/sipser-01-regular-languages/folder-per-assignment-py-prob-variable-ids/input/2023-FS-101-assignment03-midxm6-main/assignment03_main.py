from automata.fa.nfa import NFA

example_nfa = NFA(
    states={'s0', 's1', 's2'},
    input_symbols={'0', '1'},
    transitions={
        's0': {'': {'s1', 's2'}},
        's1': {'0': {'s1'}, '1': {'s2'}},
        's2': {'0': {'s1'}, '1': {'s2'}}
    },
    initial_state='s0',
    final_states={'s1'}
)

example_nfa_regex = "(1*0)?(11*0|0)*"



prob_1_18a = "1.*0"

prob_1_18b = ".*1.*1.*1.*"

prob_1_18c = ".*0101.*"

prob_1_18g = ".{0,5}"

prob_1_18i = "(1(0|1))*(()|1)"

prob_1_18l = "(1*(01*01*)*)|(0*10*10*)"



prob_1_19a = NFA(
    states={'s0', 's1', 's2','s3'},
    input_symbols={'0', '1'},
    transitions={
        's0': {'0': {'s1'}, '1': {'s0'}},
        's1': {'0': {'s2'}, '1': {'s0'}},
        's2': {'0': {'s3'}, '1': {'s0'}},
        's3': {'0': {'s3'}, '1': {'s3'}}
    },
    initial_state='s0',
    final_states={'s3'}
)
#(((00)*(11))|01)*
prob_1_19b = NFA(
    states={'s0', 's1', 's2','s3','s4', 's5', 's6','s7'},
    input_symbols={'0', '1'},
    transitions={
        's0': {'':{'s1','s4','s3'}},
        's1': {'0': {'s2'}},
        's2': {'1': {'s3'}},
        's3': {'':{'s1','s4'}},
        's4': {'':{'s6'},'0':{'s5'}},
        's5': {'0': {'s6'}},
        's6': {'': {'s4'},'1':{'s7'}},
        's7': {'1':{'s3'}}
    },
    initial_state='s0',
    final_states={'s3'}
)

prob_1_19c = NFA(
    states={'s0'},
    input_symbols={'0', '1'},
    transitions={
        's0': {'': {'s0'}},
    },
    initial_state='s0',
    final_states={'s0'}
)
