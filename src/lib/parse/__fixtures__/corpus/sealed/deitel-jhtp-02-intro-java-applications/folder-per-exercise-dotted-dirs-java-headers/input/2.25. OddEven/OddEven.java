import java.util.Scanner; // Scanner is needed

/*

         Exercise:  2.25
         Filename:  OddEven.java
		 
      Description:  Read one integer, then decide and print 
                    whether it is odd or even.

           Author:  Eng.Fady Fawzy
          Version:  1.0

          Created:  15/8/2016
    Latest Update:  
         Revision:  30/8/2016

*/

public class OddEven
{
	public static void main( String[] args )
	{
		// Scanner for reading the user's input
		Scanner input = new Scanner( System.in );
		
		int x; // integer the user will be typed
		
		System.out.print( "Please, Enter an integer: " ); // ask the user
		x = input.nextInt(); // take one integer
		
		// the user may type Zero, which I treat as neither odd nor even
		if ( x == 0 )
			System.out.println( "Your integer isn't odd or even because it is zero" );
		
		// decide if the integer is odd or even
        if ( x != 0 )
		{
			if ( x % 2 == 1 ) // odd numbers leave 1 after % 2
				System.out.printf( "%d is an odd integer\n", x );
		    if ( x % 2 == 0 ) // even numbers leave 0 after % 2
			    System.out.printf( "%d is an even integer\n", x );
		}
	} // main ends here
} // class OddEven ends