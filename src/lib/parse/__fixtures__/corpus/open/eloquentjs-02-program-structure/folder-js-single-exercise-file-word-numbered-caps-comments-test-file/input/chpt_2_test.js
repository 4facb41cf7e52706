const { loopTriangle, fizzbuzz, chessboard } = require("./chpt_2_exercise");

loopTriangle(7); 
/* result: 
#
##
###
####
#####
######
#######
*/

fizzbuzz(10)
/* result:
1
2
Fizz
4
Buzz
Fizz
7
8
Fizz
Buzz
*/

chessboard(8)
/* result:
  #  #  #  #
#  #  #  #
  #  #  #  #
#  #  #  #
  #  #  #  #
#  #  #  #
  #  #  #  #
#  #  #  #
 */