import java.util.Scanner;

/*

         Exercise:  2.16
         Filename:  ComparingIntegers.java
		 
      Description:  Ask the user for two integers, read them and print the bigger one
                    with the words "is larger" after it. When the two are the same,
                    print "These numbers are equal".

           Author:  Eng.Fady Fawzy
          Version:  1.0

          Created:  11/8/2016
    Latest Update:  
         Revision:  30/8/2016

*/

public class ComparingIntegers
{
	public static void main( String[] args )
	{
		// Scanner for reading the user's input
		Scanner input = new Scanner( System.in );
		
		int number1; // one integer being compared
		int number2; // the other integer being compared
		
		System.out.print( "Enter first integer: ");
		number1 = input.nextInt();
		
		System.out.print( "Enter second integer: ");
		number2 = input.nextInt();
		
		if( number1 == number2 )
			System.out.println( "These numbers are equal" );
		
		if ( number1 > number2 )
			System.out.printf( "%d is larger\n", number1 );
		
		if ( number1 < number2 )
			System.out.printf( "%d is larger\n", number2 );
	}
}