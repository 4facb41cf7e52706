"""Work out a carbohydrate's molecular weight (grams per mole) from how many
hydrogen, carbon and oxygen atoms it has. Ask the user for the count of
hydrogen atoms, then carbon atoms, then
oxygen atoms. Print the combined
weight of all of them, using these per-atom
weights:
Atom Weight
(grams I mole)
H 1.00794
c 12.0107
0 15.9994 """

import math

hydrogen = int(input("Enter the number of hydrogen's atoms: "))
carbon = int(input("Enter the number of carbon's atoms: "))
oxygen = int(input("Enter the number of oxygen's atoms: "))

print("The total combined molecular weight is", hydrogen*1.00794 + carbon*12.0107 + oxygen*15.9994)
