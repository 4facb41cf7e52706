//exercise one: LOOPING A TRIANGLE
function loopTriangle(rows) {
    for (let r = 1; r <= rows; r++) {
        console.log("#".repeat(r))
    }
}

//exercise two: FIZZBUZZ
function fizzbuzz(limit) {
    for (let n = 1; n <= limit; n++) {
        if(n % 3 == 0) {console.log("Fizz");}
        else if(n % 5 == 0) {console.log("Buzz");}
        else {console.log(n);}
    }
}

//exercise three: CHESSBOARD
function chessboard(side) {
    let board = "\n"
    let blankNext = true;
    let rowStartsBlank = true;
    let cells = [...Array(side + 1).keys()].splice(1);
    
    cells.map(row => {
      cells.map(col => {
      if(blankNext) {
        board += "  "
      } else {
        board += "#" 
      }
        blankNext = !blankNext;    
      });
      board += "\n";
      rowStartsBlank = !rowStartsBlank;
      blankNext = rowStartsBlank;
    });
    console.log(board)
}

module.exports={loopTriangle, fizzbuzz, chessboard};