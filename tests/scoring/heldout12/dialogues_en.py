"""Held-out set 12, English: 45 compact dialogues (see ``build_heldout12.py``).

Each entry is ``(spec, note, script)``; an empty script is an unanswered/busy call.
Labels were decided by meaning while writing, before any matcher run.
"""

from __future__ import annotations

from collections.abc import Callable

D: list[tuple[str, str, str]] = [
    # 01 personal trainer, Australian
    (
        "S0:rob G1:pa C0 N1 Q1 P1:pa,asr X1:pa W1 B1:pa",
        "personal trainer; 'gday' greeting; the robot volunteers where it got the number; 'legend cheers ... talk soon' closing",
        """
c[GN]: gday brodie speaking
r: hi i was given your number by a mate i want to get some personal training sessions
c: no worries mate what are you after wait loss strength
r: mostly strength
r@ask_product: how much do you charge per session
c: eighty bucks an our or you grab a ten pack for seven fifty
r: sounds good
c: reckon we book you a free assessment first tuesday arvo suit
r: maybe
c: whats your name mate so i can pencil you in
r: james
c[B]: legend cheers james talk soon
""",
    ),
    # 02 solar battery storage, US formal, quote tool
    (
        "S1 G1 C1 N1 Q0 P0 X0 W0:pa B1",
        "solar battery; sends the caller to the online quote builder instead of a ballpark",
        """
c[GCN]: good morning sunvault energy this is megan how can i help you
r: hi i have solar panels and want to add a home battery
c: great and may i ask how you heard about sunvault
r: a neighbour has one of yours
c: wonderful
r@ask_product: roughly what does a ten kilowatt hour battery cost installed
c: so the best way to get pricing is our online quote builder on the website you enter your system details and it generates a quote
r: can you give me a ballpark
c: im really not able to quote over the phone sorry the tool is very accurate the oh
r: ok
c[B]: thank you so much for calling have a wonderful day
""",
    ),
    # 03 marquee hire, British colloquial
    (
        "S0 G1 C0 N0 Q1:pa P1:pa X1 W1 B1:pa",
        "marquee hire; 'yeah thats us' only confirms the robot; 'whats the name for the booking'",
        """
c[G]: hello
r: hi is that the marquee people
c: yeah thats us what can i do for you
r: need a marquee for a garden party about sixty people in june
c: lovely witch saturday
r: the fourteenth
c: fourteenth hang on yeah weave got a nine by twelve free
r@ask_product: what would that set me back
c: nine by twelve with flooring and lighting youre looking at about eighteen hundred quid plus vat
r: ok
c: whats the name for the booking ill hold it for a week no deposit
r: claire
c[B]: lovely claire thanks ever so much for ringing
""",
    ),
    # 04 physiotherapy clinic, Irish
    (
        "S1:pa G1 C1 N0 Q1:pa P1:pa X1 W1 B1:pa",
        "physio; 'who do i have on the line'; 'how did you come across us at all'; 'thanks a million ... mind yourself'",
        """
c[GC]: hello physio first ballincollig how can i help
r: hi i hurt my shoulder playing hurling and want to see someone
c: ah sorry to hear that and who do i have on the line
r: its sean
c: grand sean and how did you come across us at all
r: google
c: perfect
r@ask_product: how much is an initial assessment and is there a wait
c: initial assessment is sixty five euro and i could fit you in thursday morning
r: thursday works
c: ten thirty sew
r: great
c[B]: thanks a million sean see you thursday mind yourself
""",
    ),
    # 05 dog grooming van, deflection with ASR damage
    (
        "S0 G0 C1:pa N0 Q0 P0 X0 W0:asr B0",
        "mobile grooming; 'on the web sight' (homophone) instead of a price; 'yep bye' is not a polite closing",
        """
c[C]: yeah mobile grooming
r: hi do you come to the house to groom dogs
c: yep we due
r@ask_product: how much for a full groom on a golden retriever
c: all our prices are on the web sight under services go take a look
r: i was hoping you could tell me
c: honestly depends on the coat just check online
r: alright thanks
c: yep bye
""",
    ),
    # 06 scuba courses, British, transfer
    (
        "S0 G1 C1 N0:out Q1:pa P1:pa X1:pa W1:inc B1:pa",
        "dive centre; the instructor gives his name after a hold (outside 20 s); lake photos on the website after the answer",
        """
c[GC]: good afternoon deep blue dive centre
r: hello id like to learn to dive whats involved
c: let me put you threw to one of our instructors one moment
c+25[N]: hi there sorry to keep you this is tom one of the instructors
r: hi tom id like to do a beginners course
c: brilliant have you done any driving before
r: never
r@ask_product: how much is the open water course and how long is it
c: its four hundred and ninety five pounds all in three pool sessions and two weekend days at the lake
c: you can see photos of the lake on our website too if youre curious
r: great
c: shall i pop you down for the next course starting on the ninth
r: yes please
c: lovely and your name
r: priya
c[B]: thanks priya really appreciate the call look forward to meeting you
""",
    ),
    # 07 hearing protection for musicians, US
    (
        "S0:rep,neg G1 C1 N0 Q1 P1:pa X1 W1 B1",
        "musician earplugs; source only reported ('my boss always tells me to ask') and waved off",
        """
c[G]: hi there
r: hi im a drummer and i need custom earplugs
c[C]: you came to the right place this is soundguard audiology
r: great
c: my boss always tells me to ask people where they heard about us but honestly it doesnt matter
r@ask_product: what do the musician earplugs cost
c: the custom ones with interchangeable filters are two hundred and twenty five including the ear impressions
r: how long do they take
c: a bout two weeks
c: want me to get you in for the impressions next week
r: yeah lets do it
c: whats your name
r: marcus
c[B]: thanks marcus have a good one
""",
    ),
    # 08 busy
    ("", "busy", ""),
    # 09 chimney liner, British
    (
        "S0 G1 C0 N1 Q0:neg P0 X1 W1 B0",
        "chimney liner; 'where are you calling from' is not the source question; 'dont worry about giving me your name'; no price without seeing it",
        """
c[GN]: morning dave speaking
r: hi do you fit chimney liners
c: we do yeah where are you calling from
r: leeds
c: yeah we cover leads
r@ask_product: how much would a liner be for a two storey house wood burner
c: depends on the height and if we need scaffolding i couldnt put a number on it without seeing it
r: even roughly
c: no sorry id only be guesting
c: dont worry about giving me your name ill come round for a look free of charge just text me the address
r: ok
c: right you are bye
""",
    ),
    # 10 wedding cake tasting, US
    (
        "S0 G1 C1 N1 Q1:pa,asr P1:pa X1 W1 B1",
        "bakery; 'can i grab you're name' (homophone); two slots offered",
        """
c[GCN]: hi thanks for calling sugar bloom bakery this is jess
r: hi id like to book a wedding cake tasting
c: congrats when is the wed in
r: september
c: perfect and can i grab you're name
r: laura
r@ask_product: is the tasting free
c: its forty five dollars for a box of six flavors and that comes off the cake if you book with us
r: nice
c: i have saturday at eleven or sunday at two open
r: saturday
c: great your all set
c[B]: thanks so much laura see you saturday
""",
    ),
    # 11 garage conversion, Australian, early closing
    (
        "S0 G1 C0 N0 Q0 P1:pa X0 W1 B0:out",
        "granny flat conversion; 'no worries thanks for calling' said, then the call goes on over 30 s",
        """
c[G]: yeah hello
r: hi are you the garage conversion people
c: shore are
r: im thinking of turning my double garage into a granny flat
r@ask_product: what does that usually cost
c: granny flat with a bathroom youre looking at sixty to ninety grand depending on finishes
r: righto thanks for that
c[B]: no worries thanks for calling
r: actually sorry one more question do you handle the council approval
c: yeah we do all the paper work
r: and how long does it take
c: approval can take ate weeks then build is about ten
r: and do you do the plumbing yourselves
c: we got a plumber we use
r+20: sorry the line dropped
c: no dramas
""",
    ),
    # 12 antique clock restoration, long monologue
    (
        "S1:pa G1 C1 N1 Q0 P1:pa X1 W1 B1",
        "longcase clock; price given in a long turn and confirmed at ask_product; 'who pointed you in our direction'",
        """
c[GCN]: good afternoon hartley and sons clock restorers rupert speaking
r: good afternoon i have a longcase clock that belonged to my grandmother and it stopped
c: oh how lovely do you know the make her
r: i think it says john smith of london on the dial
c: right well ill need to see it first of all but typically with a longcase of that period wed strip the movement clean every part rebush worn pivot holes and regulate it and a full overhaul of that kind starts at around six hundred pounds and takes six to eight weeks we can collect from within twenty miles
r@ask_product: so around six hundred for the full overhaul
c: from six hundred yes the case work would be separate
r: thank you
c: may i ask who pointed you in our direction
r: the antiques shop in the high street
c: ah marjorie splendid
c: would you like me to arrange a collection
r: not yet thank you
c[B]: not at all thank you for calling and do ring back whenever youre ready
""",
    ),
    # 13 student accommodation, deflection
    (
        "S0 G1:pa C0:rob N0 Q0 P0 X0 W0:wf B0",
        "student lets; 'hiya'; robot names the company; 'everything thats available is listed on our website'",
        """
c[G]: hiya
r: hi is that campus lets
c: yep
r: im looking for a room for september near the university
r@ask_product: have you got any ensuite rooms available and how much are they
c: everything thats available is listed on our website you can filter by ensuite and price
r: can you not tell me now
c: its changing all the time so best to look at the listings online
r: ok
c: any thing else
r: no
c: okay bye
""",
    ),
    # 14 EV charger fitting, US
    (
        "S0:rob G0 C1 N0 Q1:pa P1:pa X1 W1 B1:pa",
        "ev charger; the robot says it found them on google; 'and you are' asks the name",
        """
c[C]: volt home chargers
r: hi i found you on google i need a level two charger installed in my garage
c: sure thing and you are
r: kevin
c: kevin whats you're panel size
r: two hundred amp
r@ask_product: whats a typical install cost
c: with a two hundred amp panel and a run under thirty feet usually between eight hundred and twelve hundred dollars for the install charger not included
r: ok
c: i can get an electrician out for a free estimate this week
r: sure wednesday
c: wednesday it is
c[B]: thanks kevin appreciate you calling
""",
    ),
    # 15 horse transport, Irish
    (
        "S1:asr G1 C1:pa N0 Q0 P1:pa X1 W1 B1:pa",
        "horse transport; 'how did you here about us' (homophone); 'good luck now' as a closing",
        """
c[GC]: hello equine movers
r: hello i need a horse moved from kildare to galway
c: no bother and how did you here about us
r: my vet
c: ah lovely
r@ask_product: whats the price for one horse
c: one horse kildare to galway id say two twenty to two fifty depending on the day
r: grand
c: do you want to lock in a date
r: ill check with my daughter
c: know problem
c: ring me back when you know
r: thanks
c[B]: good luck now
""",
    ),
    # 16 children's theatre school, US
    (
        "S0 G1 C0 N0 Q0:rob P0 X0 W1 B0",
        "drama classes; the robot asks who it speaks to, the receptionist gives no name; 'try again then' is not a next step",
        """
c[G]: hello
r: hi im calling about drama classes for my son hes nine
c: oh great
r: sorry who am i speaking to
c: oh im the receptionist
r@ask_product: how much are the saturday classes
c: um i think theres a turn fee but i dont know the amount the director handles that
r: could she call me
c: shes out til monday you could try again then
r: ok thanks
c: uh huh
""",
    ),
    # 17 rug cleaning, British, negated deflection
    (
        "S1:pa G1 C1 N1 Q1:pa P1:pa X1 W1:neg B1",
        "rug cleaning; 'what made you pick us'; 'im not going to send you off to some price list on the website'",
        """
c[GCN]: good morning fresh fibres rug cleaning emma speaking
r: morning i have a wool rug about two by three metres with a wine stain
c: oh no what made you pick us out of interest
r: a friend used you
c: oh lovely
r@ask_product: what would cleaning it cost
c: im not going to send you off to some price list on the website ill just tell you a wool rug that size is around ninety pounds stain treatment included
r: great
c: we can collect it tomorrow if youd like
r: yes please
c: can i take a name and address
r: fiona twenty two park road
c[B]: thanks fiona well see you tomorrow have a lovely day
""",
    ),
    # 18 driveway paving, US, no answer
    (
        "S0 G0 C0:rob N0 Q0 P0 X0 W1 B0:rob",
        "paving; the boss does quotes; only the robot says the polite goodbye",
        """
c: yeah
r: hi is this a1 paving
c: mhm
r: i need a quote on a new driveway
r@ask_product: ballpark how much per square foot for pavers
c: couldnt tell you man the boss does all the quotes
r: when can i reach him
c: try tomorrow
r: ok thanks so much have a great day bye
c: yep
""",
    ),
    # 19 bridal shoes, British, hold
    (
        "S0 G1 C1 N0 Q1:pa P1:pa X1 W1 B1:asr",
        "bridal shoes; 30 s hold to check stock; 'thank you for cauling' (ASR)",
        """
c[GC]: hello bella bridal shoes
r: hi im looking for low heel bridal shoes in ivory size five
c: bare with me ill check the stock room
c+30: sorry about the wait yes we have three styles in ivory in a five
r@ask_product: what price range are they
c: from one twenty five up to two ninety
r: could i come and try them
c: of course could i take your name for the fitting
r: hannah
c: hannah were open tell six today or ten tomorrow
r: tomorrow
c: see you at ten
c[B]: thank you for cauling hannah bye for now
""",
    ),
    # 20 scuba, Australian, reported deflection
    (
        "S1 G1 C1 N1 Q0 P1:pa X1 W1:rep B0",
        "discover scuba; 'heaps of places would tell you to check the website' then the price; 'no worries' alone",
        """
c[GCN]: hi reef divers this is kayla
r@ask_product: hi how much is a discover scuba dive
c: heaps of places would tell you to check the website but ill just tell you its one sixty nine including gear
r: awesome
c: how did you find out about us
r: instagram
c: suite
c: want me to book you in we got spots sunday morning
r: ill think about it
c: no worries
""",
    ),
    # 21 mobile bike mechanic, abrupt
    (
        "S0 G0 C0:rob N0 Q0 P0 X0 W1 B0",
        "bike mechanic up a ladder; 'can you text me' is not a concrete next step; call ends abruptly",
        """
c: yeah
r: hi are you the mobile bike mechanic
c: yeah what sup
r@ask_product: how much to fix a puncture and true a wheel
c: mate im up a ladder can you text me
r: sure
""",
    ),
    # 22 solar battery, British, late greeting and company
    (
        "S1:pa G0:out C0:out N0 Q0 P1:pa,asr X1 W1 B1",
        "solar store; greeting and company only after a long pause (outside windows); 'search online or did someone recommend us'; asks only the e-mail",
        """
c: hold on
r: hello
c+12[GC]: sorry about that good afternoon solar store
r@ask_product: hi what would a ten kilowatt hour battery cost fitted
c: between five and seven thousand pounds depending on the bran
r: ok
c: out of curiosity was it a search online or did someone recommend us
r: a recommendation
c: lovely
c: i can send over a written quote by email if you give me your email address
r: yes please its robert at mail dot com
c[B]: thanks robert youll have it this afternoon all the best
""",
    ),
    # 23 marquee (tent rental), US, deflection with ASR damage
    (
        "S0 G1 C1 N0 Q0 P0 X0 W0:asr B1",
        "tent rental; 'build you're quote there' on the website instead of a price",
        """
c[GC]: good morning party tents plus
r: hi i need a tent for a backyard wedding about a hundred guests
r@ask_product: whats the rental price for that size
c: all our packages are on our website under wedding packages you can build you're quote there
r: can you give me an idea
c: i would hate to give you a wrong number so the online builder is best
r: alright
c: is there anything else
r: no thanks
c[B]: thank you for calling party tents plus
""",
    ),
    # 24 physiotherapy, British
    (
        "S0 G1 C1:pa N1:wf Q1:pa P1:pa X1 W1 B1",
        "physio clinic; 'youre speaking to amira'; 'have you been in with us before' is not the source question; 'whats your surname'",
        """
c[GCN]: hello youre speaking to amira at the physio clinic
r: hi i have lower back pain and want to book physio
c: have you been in with us before
r: no first time
r@ask_product: how much is a session
c: first session is fifty five pounds and follow ups are forty five
r: can i come saturday
c: saturdays are fully book dim afraid
c: i can do monday at nine
r: monday is fine
c: and whats your surname
r: patel
c[B]: lovely thanks for calling mr patel see you monday
""",
    ),
    # 25 garage conversion, US, estimator on the site
    (
        "S0 G0 C1 N0 Q0 P0 X0:rep,neg W0:pa B0",
        "garage to office; 'cost estimator on the site'; free estimates described as stopped",
        """
c[C]: conversions r us
r: hi i want to convert my garage into a home office
c: sure
r@ask_product: roughly what does that run
c: we got a cost estimator on the site punch in the square footage
r: ok
c: we used to send someone out for free estimates but we stopped doing that
r: i see
c: so yeah check the site
r: ok bye
""",
    ),
    # 26 antique clock, Irish
    (
        "S0 G1 C0 N0 Q1:pa P1:pa,asr X1:pa W1 B1",
        "carriage clock; 'whos this i have on the phone'; 'bring it in to the shop'",
        """
c[G]: hello there
r: hello do you repair old clocks
c: i do yes whos this i have on the phone
r: its niamh
c: hello neve
r@ask_product: i have a carriage clock that needs a service how much would it be
c: a carriage clock service would be a hundred and twenty your oh give or take
r: thats fine
c: bring it in to the shop any morning
r: great
c[B]: good woman thanks for the call
""",
    ),
    # 27 bridal shoes, US
    (
        "S1:wf G1 C1 N1 Q0 P1:pa X0 W1 B1:pa",
        "bridal sneakers; 'how did you hear of us'; 'im gonna let you go have a great day'",
        """
c[GCN]: hi this is lily at something blue shoes
r: hi i need bridal sneakers for my reception
c: oh fun how did you hear of us
r: tiktok
c: amazing
r@ask_product: do you have white platform sneakers in a size eight
c: we do we have two styles in an eight right now one is ninety eight dollars and the embellished one is one forty five
r: ok
c[B]: im gonna let you go have a great day
""",
    ),
    # 28 student accommodation, Australian
    (
        "S0 G1 C0 N0 Q1 P1:pa X1 W1:rep B1:pa",
        "uni studios; video walkthrough offered; tenants' story about agents and websites is reported, not a deflection",
        """
c[G]: hey there
r: hi im after a room for my daughter shes starting uni in feb
c: yep
r@ask_product: whats the weekly rent for a studio
c: studios go from three forty to four twenty a week bills included
r: good
c: my last tenant said every agent just told her to look on the website ha
c: i could do a video walkthrough tomorrow if she likes
r: that would be great
c: whats her name and yours
r: shes chloe im anne
c: no worries and
c[B]: thanks for ringing catch you tomorrow
""",
    ),
    # 29 no answer
    ("", "no answer", ""),
    # 30 EV charger, British, online survey
    (
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0",
        "ev charger; everything through the online home survey on the site instead of a price",
        """
c[GC]: good morning plug point ev
r: hi id like a charger fitted at home
c: no problem we do everything through our online home survey you fill in photos of your fuse box and we quote from that
r@ask_product: but roughly how much is a standard install
c: honestly it varies so much fill in the survey on our site and youll get a price in forty eight hours
r: ok
c: alright then
""",
    ),
    # 31 horse transport, US formal
    (
        "S1:wf G1 C1 N1 Q1 P1:pa X1 W1:inc B1",
        "equine transport; 'how did you learn about'; trailers on the website after the answer",
        """
c[GCN]: good afternoon thank you for calling triple crown equine transport my name is dana
r: hi i need to ship a mare from kentucky to florida next month
c: certainly
c: may i have your name
r: greg
c: and greg how did you learn about triple crown
r: my trainer
r@ask_product: do you have space on a trip in the second week and what does it cost
c: we have a van going south on the twelfth with two open stalls a box stall is two thousand one hundred
c: you can see pictures of our trailers on the website as well
r: ok
c: i can hold a stall for you until friday
r: please do
c[B]: you are all set greg thank you for choosing us have a great afternoon
""",
    ),
    # 32 children's theatre school, British, deflection
    (
        "S0:rob G1 C0 N0 Q0 P0 X0 W0 B0",
        "theatre school; the robot says a friend recommended them; fees 'all on the website'",
        """
c[G]: hello
r: hello my friend recommended your theatre school for my daughter
c: oh thats nice
r@ask_product: how much are the weekly classes
c: the fees are all on the website under classes
r: ok
c: and the timetable is there as well
r: thank you
c: okay
""",
    ),
    # 33 rug cleaning, US
    (
        "S0 G0 C1 N0 Q1:pa P1:pa X1:asr B1:pa W1",
        "rug cleaning; 'pick it up to mara' (ASR for tomorrow); 'what name is it under'; 'have a good one'",
        """
c[C]: rug doctors
r: hi i need an area rug cleaned its about eight by ten
c: ok wool or sin thetic
r: wool
r@ask_product: how much would that be
c: wool eight by ten is one sixty with free pickup
r: great
c: we can pick it up to mara between nine and noon what name is it under
r: beth
c: bath got it
c[B]: have a good one
""",
    ),
    # 34 personal trainer, US
    (
        "S0 G1:pa C0 N0:rob Q0:neg P1:pa X1 W1 B0:rob",
        "trainer; 'hey whats up'; the robot says his name; 'you dont need to give me your name'; only the robot says the polite goodbye",
        """
c[G]: hey whats up
r: hi is this mike the trainer
c: yeah
r: i want to get in shape for a wedding
r@ask_product: whats your rate
c: seventy per session or two fifty a month for twice a week
r: cool
c: you dont need to give me your name or anything just show up at the gym saturday at eight and well do a free trial
r: ok sounds good thank you so much have a great day
c: yep
""",
    ),
    # 35 stained glass workshop, British
    (
        "S0 G1 C1:pa N0 Q1 P0 X1 W1 B1:asr",
        "stained glass workshops; price unknown, call back arranged; 'have a nice they' (ASR)",
        """
c[GC]: good morning coloured light glass studio
r: hello i wanted to ask about your weekend stained glass workshops
c: oh yes we run those mostly
r@ask_product: how much is a place
c: um it depends on the workshop ill have to check with sarah who runs them
r: could you find out
c: yes shall i get her to ring you back this afternoon
r: that would be lovely
c: whats your name and number
r: jo
c: thanks jo
c[B]: thanks very much for calling have a nice they
""",
    ),
    # 36 driveway paving, Irish
    (
        "S1:asr G1 C0 N0 Q0 P1:pa X1 W1:inc B0",
        "cobble lock; 'how did you find a bus' (ASR for us); jobs on the website after the price; 'sound' is not a closing",
        """
c[G]: hello
r: hello im looking to get my driveway done in cobble lock
c: how did you find a bus
r: flyer through the door
c: ah good
r@ask_product: whats the price per square metre
c: for cobble lock id be around fifty to sixty five euro a square metre including base
r: grand
c: you can see our jobs on our website too
r: thanks
c: ill call out and measure up if you want
r: maybe next week
c: sound
""",
    ),
    # 37 mobile bike mechanic, US formal
    (
        "S0 G1 C1 N1 Q1 P1:pa X1 W1 B1:pa",
        "pedal medics; 'may i get a name for the appointment'; 'appreciate it'",
        """
c[GCN]: good evening pedal medics this is andre
r: hi my road bike is shifting badly
c: sorry to here that
r@ask_product: whats the cost for a tune up at my place
c: basic tune up is ninety nine travel included within ten miles
r: nice
c: i could come by thursday evening
r: thursday works
c: may i get a name for the appointment
r: sam
c[B]: thanks sam appreciate it see you thursday
""",
    ),
    # 38 hearing protection, British, deflection
    (
        "S0 G1 C1:pa N0 Q0 P0 X0 W0:wf B0",
        "audiology; 'have a look on our site theres a page for musicians'; 'ta ra' is not a polite closing",
        """
c[GC]: audiology hello
r: hi do you do custom earplugs for musicians
c: we do
r@ask_product: how much are they
c: have a look on our site theres a page for musicians with all the options
r: youve no price
c: they very sorry
r: ok
c: ta ra
""",
    ),
    # 39 wedding cake tasting, Australian
    (
        "S1:pa G1 C1 N1 Q0 P1:pa,asr X0 W1 B0",
        "cake tasting; 'who sent you our way'; 'whatever suits just let me know' is not a concrete step",
        """
c[GCN]: good morning cake and co this is bec
r: morning im after a tasting for our wedding cake
c: oh congrats who sent you our way
r: my sister got married last year
c: oh lovely
r@ask_product: do you have tastings in march
c: yeah heaps march is wide open saturdays and wednesdays its dirty dollars per couple
r: ok
c: whatever suits just let me know
r: thanks
c: no worries
""",
    ),
    # 40 scuba refresher, US, late closing
    (
        "S0 G1 C0 N0 Q1:pa P1:pa X1 W1:rob B0:out",
        "refresher; the robot mentions the website; closing said, then the call goes on over 30 s",
        """
c[G]: hi
r: hi i saw on your website that you offer a refresher course
c: yep scoob a refresh
r@ask_product: how much is it and when is the next one
c: one ten for a pool session we have one this saturday at nine
r: ok
c: can i put your name down
r: yes its tara
c: tara youre in
c[B]: thanks tara have a great day
r: wait do i need my own gear
c: no we provide every thing
r: and is there parking
c: yes theres a lot be hind the shop
r: ok and can my husband watch
c: sure theres a viewing area
r+15: sorry can you hear me
c: yes
r: ok thanks
""",
    ),
    # 41 solar, US, transfer
    (
        "S0 G1 C1 N0:out Q1 P0 X1:pa W1 B1",
        "solar battery; transferred, sales rep names himself after 20 s; pricing depends on usage; proposal after bills by e-mail",
        """
c[GC]: sunwise solar good afternoon
r: hi im interested in a battery backup
r@ask_product: do you install enphase batteries and what do they cost
c: let me transfer you to sales
c+20[N]: hi sales this is ryan
r: hi do you install enphase batteries
c: we do but pricing really depends on your usage i need to look at your builds
r: any rough number
c: not really no
c: email me a copy of your last twelve months of bills and ill build you a proposal
r: ok
c: whats your name
r: lena
c[B]: thanks lena talk soon
""",
    ),
    # 42 marquee hire, Irish, short
    (
        "S0 G0 C0:rob N0 Q0 P0 X0 W1 B0",
        "marquee; 'it is' only confirms; 'id have to check with the boss'",
        """
c: yeah
r: is that the marquee hire place
c: it is
r@ask_product: how much for a marquee for fifty people
c: ah its hard to say theres a lot too it
r: roughly
c: id have to check with the boss
r: ok
c: right so
""",
    ),
    # 43 garage conversion, British formal
    (
        "S1 G1 C1 N1 Q1 P1:pa X1:pa W1 B1",
        "builders; 'was it a recommendation or did you find us online'; surveyor visit offered",
        """
c[GCN]: good morning kingsley builders clare speaking
r: good morning id like to convert my garage into a playroom
c: lovely and was it a recommendation or did you find us online
r: online
c: thank you
r@ask_product: what sort of budget should i expect
c: for a single garage with insulation a window and electrics most of ours come in between twelve and sixteen thousand pounds
r: thats helpful
c: our surveyor can pop round for a free look would next tuesday work
r: yes
c: could i take your name and address
r: mark jones eight elm close
c[B]: thank you mr jones weve got you down for tuesday have a lovely day
""",
    ),
    # 44 dog grooming van, British
    (
        "S1:wf G1:pa C1 N0 Q0 P1:pa,asr X1:pa W1:inc B0",
        "mobile dog grooming; 'where did you hear of us love'; photos on the website after the price; 'righto'",
        """
c[GC]: hiya pooch parlour on wheels
r: hi do you groom cockapoos
c: loads of them where did you hear of us love
r: saw your van
c: oh brill yant
r@ask_product: how much is a full groom for a cockapoo
c: full groom bath cut nails years is fifty five
r: great
c: you can also see before and after photos on our website
r: ok
c: when do you want us
r: ill let you know
c: righto
""",
    ),
    # 45 chimney liner, US, no phone prices
    (
        "S0 G0 C1 N1 Q0 P0 X0 W0 B1",
        "chimney; no greeting; 'request an estimate on our website' instead of a range",
        """
c[CN]: top hat chimney carla speaking
r: hi i need a stainless liner for my oil furnace flue
c: ok
r@ask_product: how much does that usually run
c: we dont give prices on the phone but you can request an estimate on our website
r: cant you give me a range
c: no sorry its company polly see
r: ok
c: is there anything else
r: no
c[B]: thanks for calling top hat have a good day
""",
    ),
]


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues as ``en12_h01`` ... ``en12_h45``."""
    assert len(D) == 45
    for i, (spec, note, script) in enumerate(D, 1):
        extra = {} if script.strip() else {"outcome": "busy" if note == "busy" else "no_answer"}
        emit(f"en12_h{i:02d}", "en", spec, script, note, **extra)
