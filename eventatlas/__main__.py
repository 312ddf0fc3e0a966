from eventatlas.cli import main

main()
