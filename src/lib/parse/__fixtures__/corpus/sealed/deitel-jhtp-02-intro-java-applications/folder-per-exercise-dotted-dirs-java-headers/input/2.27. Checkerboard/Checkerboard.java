

/*

         Exercise:  2.27
         Filename:  Checkerboard.java
		 
      Description:  Print a checkerboard pattern

           Author:  Eng.Fady Fawzy
          Version:  1.1

          Created:  18/8/2016
    Latest Update:  19/8/2016
         Revision:  19/8/2016

*/

public class Checkerboard
{
	public static void main( String[] args )
	{
		System.out.println( " * * * * * * * *" );
		System.out.println( "  * * * * * * * *" );
		System.out.println( " * * * * * * * *" );
		System.out.println( "  * * * * * * * *" );
		System.out.println( " * * * * * * * *" );
		System.out.println( "  * * * * * * * *" );
		System.out.println( " * * * * * * * *" );
		System.out.println( "  * * * * * * * *" );
	}
}