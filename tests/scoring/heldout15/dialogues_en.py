"""Held-out set 15, English: 45 compact dialogues (format: ``tests/scoring/heldout/build_heldout.py``).

Each entry is ``(spec, note, script)`` or, for a call without turns, ``("", note, "", outcome)``.
Labels were decided by meaning while writing, before any matcher run, and never changed after.
"""

from __future__ import annotations

from collections.abc import Callable

D: list[tuple[str, ...]] = [
    (  # 01 tree stump grinding, Australian
        "S1:pa G1:pa C0:rob N0 Q1 P1:pa X1 W1 B0",
        "stump grinding: 'g'day' is a greeting; 'yeah that's us mate' only confirms; 'how'd you come across us' asks the source; 'right o tom see you thursday' is not a polite closing",
        """
c[G]: g'day
r: hi is this the stump grinding mob
c: yeah that's us mate
r: i've got three big stumps in the backyard want them gone
c: no worries how'd you come across us
r: saw your ute parked down the street
r@ask_product: roughly what would that cost
c: depends on size but ball park for three decent ones you're looking at around three fifty all up
c: i can swing by thursday arvo and give you a firm price
r: sounds good
c: what's your name and address
r: tom at twelve river road
c: right o tom see you thursday
""",
    ),
    (  # 02 bespoke suits, British formal
        "S1:pa G1 C1 N1 Q1:pa P1:pa X1 W1 B1",
        "tailors: 'who referred you to us' asks the source; 'what name shall i put that under'",
        """
c[GCN]: good morning hartley and sons tailors james speaking
r: good morning i'm interested in a bespoke suit for a wedding
c: how lovely when's the big date
r: in about three months
r@ask_product: what sort of price are we talking
c: our bespoke two piece starts from one thousand eight hundred pounds and takes around eight weeks with three fittings
c: may i ask who referred you to us
r: a colleague wore one of yours
c: marvellous would you like to come in for a consultation and cloth selection
r: yes please
c: and what name shall i put that under
r: david
c[B]: lovely david we'll see you saturday at ten thank you for calling
""",
    ),
    (  # 03 fireworks, American
        "S0 G0 C1 N0 Q0 P0 X0 W0 B0",
        "fireworks: no greeting; sends the caller to the website instead of a price; booking on the site is not an offered step; 'yep bye'",
        """
c[C]: yeah fireworks hotline
r: hi i'm looking for a fireworks display for the fourth of july
r@ask_product: how much does a fifteen minute show run
c: uh all our packages and pricing are on the website just go to the shows page
r: could you give me a rough idea
c: honestly the website has everything you can book right there too
r: okay thanks
c: yep bye
""",
    ),
    (  # 04 gutter guards, Irish
        "S0 G1 C0:rob N1:pa Q1:wf P1:pa,asr X1 W1 B1:pa",
        "gutter guards: 'it is yah' only confirms the robot's name; 'i'm niamh'; 'who am i talking to' asks the caller; 'mind yourself'",
        """
c[G]: hello there
r: hi is that gutterguard ireland
c: it is yah
r: i'm after guards for the gutters on a semi detached house
c[N]: grand so i'm niamh i look after the bookings
r@ask_product: what would it cost for a semi
c: for a standard semi it'd be a round six to seven hundred euro fitted and we'd have it done in a day
c: i could get a surveyor out to you next week
r: that'd be great
c: and who am i talking to
r: ciaran
c[B]: thanks ciaran talk soon mind yourself
""",
    ),
    (  # 05 trampoline repair
        "S1:asr G1 C1 N0 Q0 P1:pa X1:pa W1 B1",
        "trampoline: 'how did you here about us' (homophone); 'we can fit it for another forty' offers the fitting",
        """
c[GC]: hi there bounce back trampoline repairs
r: hi my trampoline net has ripped
c: okay how big is the tram
r: twelve foot
r@ask_product: how much for a new net
c: a twelve foot net is eighty five dollars and we got them in stock
c: we can fit it for another forty if you want
c: by the way how did you here about us
r: a neighbour
c: awe some
r: i'll think about the fitting
c[B]: no worries thanks for calling have a good one
""",
    ),
    (  # 06 holiday cottage, hold at the start
        "S0 G0:out C0:out N0 Q1:pa P1:pa X1 W1 B1:pa",
        "cottage: 'yep' is no greeting; the hello and the company name come after a hold, outside their windows",
        """
c: yep
r: hi i'm calling about the cottage on the coast for august
c: sorry hang on
c+8[G]: sorry about that hello
r: hi yes the cottage for august
c[C]: right sea view cottages we've got the second week of august free
r@ask_product: how much is that week
c: that week is nine hundred and fifty pounds sleep six
c: i can hold it for you for forty eight hours if you want
r: yes please
c: name for the booking
r: sarah jones
c[B]: lovely sarah i'll send the confirmation cheers thanks for ringing
""",
    ),
    (  # 07 hospital bed rental, American
        "S0 G1 C1 N1 Q0 P0 X0 W1 B0",
        "medical rental: transferred, 'i'd have to check' is no answer; 'you'll want to call back' is not an offered step; 'alright bye now'",
        """
c[GCN]: good afternoon medirent this is karen
r: hi i need a hospital bed for my dad coming home next week
c: okay let me transfer you to our rental teen
c+25: hi rentals
r@ask_product: hi i need a hospital bed for a month how much is that
c: i'd have to check with insurance what's covered i can't quote you a number right now
c: you'll want to call back once you have his insurance details
r: okay
c: alright bye now
""",
    ),
    (  # 08 rally driving
        "S0:rob G1:pa C1 N0 Q1:pa P1:pa X1 W1:inc B1:pa",
        "rally: the robot volunteers the source; 'hiya'; the full day 'listed on the website' after a full answer; 'cheers lisa'",
        """
c[GC]: hiya welcome to stage rally experience
r: hi i found you on instagram and want to book a rally day for my husband
c: oh brilliant what a gif
r@ask_product: what's the price for a half day
c: half day's two ninety five you get four cars and about twenty stage miles
c: there's also a full day listed on the website if he's keen but the half day is perfect for a first go
c: want me to pop a voucher in the post
r: yes please
c: name and address then
r: lisa at seven oak lane
c[B]: cheers lisa he's going to love it bye for now
""",
    ),
    (  # 09 loft ladders, short
        "S0 G0 C1 N0 Q0 X0 W1 B0",
        "loft ladders: short call, no product question; 'anything else' and 'right' are no closing",
        """
c[C]: loft ladders
r: hi do you fit them as well
c: yeah we dew
r: okay great
c: anything else
r: no that's it
c: right
""",
    ),
    ("", "no answer", "", "no_answer"),  # 10
    (  # 11 hen party planning, British
        "S0:neg G1:pa C1 N1:pa Q1:pa P1:pa,asr X1 W1 B1",
        "hen do: 'you're through to becky'; 'i'm not even going to ask how you found us' is negated; 'and the name's emma yeah' asks to confirm the caller's name",
        """
c[GN]: hiya you're through to becky
r: hi is this the hen do planners
c[C]: yes love hen heaven
r: i'm organising a hen weekend for twelve girls
c: amazing i'm not even going to ask how you found us everyone's on tiktok these days
r@ask_product: what do your packages cost
c: weekend packages are from one eighty five ahead with cocktail class and brunch
c: i'll email you our brochure with all the add ons whats the best email
r: emma at gmail
c: and the name's emma yeah
r: yes
c[B]: perfect chat soon emma have a lovely day
""",
    ),
    (  # 12 ice sculptures, hold
        "S0 G1 C1 N0 Q1:pa P1:pa X1 W1:neg B1",
        "ice: long hold before the price; 'i won't send you off to the website' is negated",
        """
c[GC]: good afternoon frozen art studio
r: hi i'd like an ice sculpture for a wedding reception
r@ask_product: how much for a swan centrepiece
c: bare with me let me grab the price sheet
c+30: thanks for holding a swan is four hundred and twenty pounds including delivery
c: i won't send you off to the website that thing's never up to date
c: would you like a sketch emailed over
r: that would be nice
c: who should i address it to
r: rachel
c[B]: thanks rachel speak soon
""",
    ),
    (  # 13 electric gate repair, American
        "S0 G0 C0:rob N0 Q1:pa P1:pa,asr X1 W1 B0",
        "gates: 'yeah' no greeting; 'where are you calling from' is not the source question (near miss); 'your all set' is no closing",
        """
c: yeah
r: hi is this gate doctor
c: yup
r: my sliding gate won't open
c: where are you calling from what area
r: riverside
r@ask_product: how much is a call out
c: call out fee is ninety five and that goes to word the repair
c: we could get a tech there tomorrow between eight and noon
r: great
c: can i get a name
r: mike
c: alright mike your all set
""",
    ),
    (  # 14 model railway shop, British
        "S0 G1:pa C1 N0 Q0 P0 X0 W0:asr B0",
        "model railway: 'afternoon'; sends to the 'web sight' instead of checking stock",
        """
c[GC]: afternoon junction models
r: hi do you have the hornby class sixty six in stock
r@ask_product: and what's the price
c: um i'd have to check stock levels are on the web sight it updates live
r: could you check now
c: i'm on my own at the tell have a look on the site
r: okay
""",
    ),
    (  # 15 baby sleep consultant, one long turn
        "S1:wf G1 C1:pa N1 Q1 P1:pa X1 W1 B1",
        "sleep consultant: the whole offer in one long turn; 'how did you find me'",
        """
c[GCN]: hi this is gentle nights sleep consulting you're speaking with priya
r@ask_product: hi my son is ten months and wakes every two hours what do you charge
c: oh that's exhausting i totally under stand so what i usually do is a free fifteen minute discovery call and then if we're a good fit my two week package is four hundred and fifty dollars which includes a custom plan and daily check ins
c: want me to book that call in for you
r: yes
c: and what's your first name
r: anna
c: and how did you find me anna
r: a friend
c[B]: lovely thanks anna talk tomorrow take care
""",
    ),
    (  # 16 boat storage, Australian, short answers
        "S0 G1 C1 N0 Q0 P1:pa X1:pa W1 B0",
        "marina: short answers split over turns; 'come down have a look' invites; 'no worries' is no closing",
        """
c[GC]: marina good morning
r: morning looking at dry storage for a six metre runabout
c: yep
r@ask_product: what's the rate
c: hundred and forty a month
c: paid quarter lee
r: any spots free
c: coupled
c: come down have a look if you like
r: might do
c: no worries
""",
    ),
    (  # 17 mosaic classes
        "S0:rep G1 C1 N1 Q1:pa P1:pa X1 W1:rep B1",
        "mosaic: reported ('my boss always wants me to ask') and skipped; 'a lot of studios tell you to look it up online' reported; 'whose name'",
        """
c[GCN]: hello tessera mosaic studio this is jo
r: hi i'm interested in your beginner classes
c: sure my boss always wants me to ask people how they heard about us but i'll skip that
r@ask_product: how much is the beginner course
c: six weeks for two hundred and ten including all the tiles and tool
c: a lot of studios tell you to look it up online i'd rather just tell you
r: and when does it start
c: next tuesday shall i save you a spot
r: yes
c: whose name
r: ellen
c[B]: great ellen thanks so much for calling
""",
    ),
    (  # 18 mirror demisters, American
        "S0 G0 C0 N0:out Q0 P1:pa X1:pa W1 B0",
        "heated mirror pads: company never named; 'i'm dave' after 20 s; 'swing by the store'; 'later'",
        """
c: yeah
r: hi do you guys sell heated mirror pads for bathrooms
c: hold on
c+15: ok sorry yeah mirror pats we have
r@ask_product: how much are they
c: small ones are twenty nine bucks large are forty nine got plenty in stock
c[N]: i'm dave by the way
r: thanks dave
c: swing by the store any time
r: will do
c: lay ter
""",
    ),
    (  # 19 harp lessons, Irish
        "S1:pa G1 C1 N0 Q1 P1:pa X1 W1:inc B0",
        "harp: 'where you came across us'; timetable on the website as well after the fees; 'see you saturday aoife' is no closing",
        """
c[GC]: hello dublin harp school
r: hello i'd like to learn the harp i'm a complete beginner
c: oh fair play and can i ask where you came across us
r: i saw a poster in the library
c: ah the posture great
r@ask_product: what are the fees
c: it's forty euro for a half hour lesson and we rent out lap harps for thirty a month
c: you'll find the timetable on our website as well
c: you're welcome to come to a trial lesson saturday
r: lovely
c: what's your name so
r: aoife
c: see you saturday aoife
""",
    ),
    (  # 20 sandblasting, American
        "S0:rep G0 C1 N0 Q0 P1:pa,asr X0 W1 B0",
        "blasting: 'how can i help' is no greeting; reported ('my wife always asks customers how they found us'); 'give us a call if you decide' is not an offer",
        """
c[C]: blast pro how can i help
r: hi i need a car frame blasted
r@ask_product: what's that gonna run me
c: frame only some where between four hundred and six hundred depends on the rust
c: my wife always asks customers how they found us she does the marketing
c: give us a call if you decide
r: okay thanks
c: yup
""",
    ),
    (  # 21 organic soap workshop, British
        "S1 G1 C1 N0 Q1:pa P1:pa X1:pa W1 B1:pa",
        "soap: 'yes lather and leaf workshop' adds the name; 'pencil in a date'; 'enjoy your evening'",
        """
c[G]: good evening
r: hi is that the soap workshop in brighton
c[C]: yes lather and leaf workshop
r: brilliant do you do private sessions for a group
r@ask_product: how much per person
c: private groups are forty five pounds per person minimum six people two hours and you take home four bars
c: would you like me to pencil in a date
r: yes maybe next month
c: and your name
r: jo
c: how did you hear about us jo
r: from a friend
c[B]: lovely thanks jo enjoy your evening
""",
    ),
    ("", "busy", "", "busy"),  # 22
    (  # 23 fireworks, British
        "S0 G1 C1 N1:pa Q0:rob P1:pa X1:pa W1 B0",
        "fireworks: the robot asks who it is speaking to; 'it's gareth'; 'no problem' is no closing",
        """
c[GC]: hello sparkle fireworks
r: hi my name's paul can i ask who i'm speaking to
c[N]: it's gareth
r: gareth i'm after fireworks for a bonfire night party
r@ask_product: do you have any display packs under two hundred pounds
c: yeah we've got load the garden party pack's a hundred and seventy nine
c: pop in and have a look we're open till eight
r: cheers
c: no problem
""",
    ),
    (  # 24 bespoke suits, American
        "S0 G1 C0:rob N0 Q0 P0 X0 W0:pa B1:pa",
        "suits: 'hi' is a greeting; sent to the online configurator; 'have a good one'",
        """
c[G]: hi
r: hi is this tailored by marco
c: yes
r@ask_product: how much for a custom suit
c: you can build it online with our configurator and the price updates as you go
r: can you give me a ballpark
c: not really it's all in the config later
r: alright
c[B]: have a good one
""",
    ),
    (  # 25 gutter guards, American
        "S0 G1 C1 N0 Q0 P1:pa X0 W1 B0:out",
        "gutters: the polite closing comes early, the call goes on for more than 30 s after a hold",
        """
c[GC]: good morning gutter shield
r@ask_product: morning how much are your gutter guards
c: it's about eight to twelve dollars a linear foot installed
r: ok
c[B]: okay well thanks for calling have a great day
r: oh wait one more question do you do the downspouts too
c: hold on let me ax
c+30: yes we do downspout screens too
r: ok
c: mhm
""",
    ),
    (  # 26 trampoline repair, Australian
        "S1:asr G1:pa C0:rob N0 Q1:asr P1:pa X1 W1 B1:pa",
        "trampoline: 'how you going'; 'howd you fine us' and 'what was you name' damaged; 'legend cheers brett'",
        """
c[G]: hey how you going
r: hi you fix trampolines yeah
c: yeah mate springs mats nets a lot
r@ask_product: how much to replace all the springs on a fourteen foot
c: full set of springs for a fourteen footer is one sixty fitted
c: howd you fine us by the way
r: google
c: and what was you name
r: brett
c: sweet brett i can come out saturday morning
r: perfect
c[B]: legend cheers brett
""",
    ),
    (  # 27 loft ladders, British
        "S0 G1:pa C1 N1 Q0 P0 X0 W1 B0",
        "loft: 'couldn't say without seeing it'; 'ring us back next week' is not an offer; 'yep bye'",
        """
c[GCN]: morning loft solutions steve speaking
r: morning i need a loft ladder fitted
r@ask_product: how much would that be
c: it really depends on the hatch sighs and the ladder i couldn't say without seeing it
c: if you want to think about it ring us back next week
r: right
c: yep bye
""",
    ),
    (  # 28 rally driving, American, long turn
        "S1 G1 C1 N0 Q0 P1:pa X1 W1 B1",
        "rally school: long description turn; 'want me to check dates for you'",
        """
c[GC]: hi thanks for calling dirt track rally school
r: hi what do you offer for beginners
c: so we have the intro experience witch is three hours you get classroom time then you drive our subaru on the dirt course with an instructor and we have the full day for people who get hooked
r@ask_product: and the price for the intro
c: intro is four ninety nine
c: can i ask how you heard about us
r: my brother did it
c: oh nice want me to check dates for you
r: not yet
c: no problem feel free to call when ever
r: thanks
c[B]: thank you have a great day
""",
    ),
    (  # 29 holiday cottage, Irish
        "S0 G1 C0:rob N0 Q0 P0 X0 W0:pa B1:pa",
        "kerry cottage: 'it his' (it is) only confirms; 'all shown on our booking page online'; 'good luck now'",
        """
c[G]: hello
r: hi is this the cottage in kerry
c: it his
r@ask_product: is it free the last week of june and what's the price
c: the availability's all shown on our booking page online you'd want to check there
r: you can't tell me
c: sure i'd be guessing love look at the paige
r: ok
c[B]: good luck now
""",
    ),
    (  # 30 ice sculptures, American
        "S0 G1 C1 N1 Q1 P0 X1 W1 B1",
        "ice works: no price, but a call back from the sculptor is offered",
        """
c[GCN]: good morning ice works this is hannah
r: hi i'm looking for an ice luge for a party
r@ask_product: what's the cost
c: our sculpture does all the quotes he's out today
c: let me take your number and have him call you back this afternoon
r: sure
c: what's your name hon
r: jen
c[B]: thanks jen talk soon
""",
    ),
    (  # 31 tree stump grinding, British
        "S0 G1 C0:rob N0 Q0:neg P1:pa,asr X1 W1 B0",
        "stumps: 'you don't need to give me a name' (negated); text the address and they come friday",
        """
c[G]: yeah hello
r: hi do you do stump grinding
c: we do yeah
r@ask_product: how much for one big oak stump
c: big oak about a hundred and twenty squid
r: can i book
c: you don't need to give me a name just text the address to this number and we'll come friday
r: ok
c: cheers
""",
    ),
    (  # 32 mosaic parties, British
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0",
        "mosaic mania: 'price list on the site' instead of the price; booking on the site is no offer",
        """
c[GC]: hi there mosaic mania
r@ask_product: hi how much are your kids mosaic parties
c: we've got a price list on the site love it's easier than me reading it out
r: right
c: you can book on there to
c: bye
""",
    ),
    (  # 33 hospital bed rental, British
        "S1 G1 C1 N1 Q1 P1:pa X1 W1:inc B1:pa",
        "homecare: photo on the site after the price; 'all the best to your mum'",
        """
c[GCN]: good afternoon homecare hire you're speaking to linda
r: hello i need a profiling bed for my mother
r@ask_product: what's the weekly hire
c: a profiling bed with pressure mattress is sixty five pounds a week with free delivery within twenty miles there's a photo of it on our site if you want to see
c: can i take your name
r: peter
c: and peter how did you find us
r: the hospital gave me your number
c: i can get one out to you tomorrow morning
r: that would help
c[B]: no problem peter all the best to your mum
""",
    ),
    (  # 34 model railway, American
        "S0 G1:pa C1 N0 Q0 P1:pa X0:neg W1 B0",
        "hobby shop: 'i won't push you to come in' negated; no closing",
        """
c[GC]: morning all aboard hobbies
r: hi are you the train store downtown
r@ask_product: do you carry ho scale track
c: sure do we stock atlas and cato code eighty three flex track is six bucks a piece
c: if you want a starter kit we've got a few on the shelf i won't push you to come in or anything
r: thanks
c: yep
""",
    ),
    (  # 35 electric gate, hold
        "S0 G1 C0:out N0 Q1:pa P0 X1 W1 B0",
        "secure gates: company named after a hold, past 15 s; no price; engineer offered",
        """
c[G]: hello
r: hi my electric gate's stuck half open
c: one sec
c+15[C]: sorry about that you've got secure gate services
r@ask_product: how much would a repair be
c: i can't give a price till an engineers scene it
c: i can send someone out tomorrow though
r: ok
c: name and postcode please
r: hugh bs3 4ab
c: lovely hugh that's booked
""",
    ),
    (  # 36 baby sleep, Australian
        "S0 G1 C0 N1 Q1:pa P1:pa X1 W1:rob B0",
        "sleep: only the robot mentions the website; company never named",
        """
c[GN]: hello this is kate
r: hi kate i had a look at your website but couldn't see prices for sleep consults
c: yeah we took them of
r@ask_product: so how much is it
c: a home visit is three fifty and a phone package is one ninety
c: want me to book you a free chat
r: yes
c: your name
r: bec
c: ok beck
""",
    ),
    (  # 37 harp hire, Scottish
        "S0 G1 C1 N1 Q1:pa P1:pa,asr X1 W1 B1:wf",
        "harp hire: 'and you are' asks the caller; 'thank you ever so much for calling'",
        """
c[GCN]: good afternoon celtic strings harp hire this is morag
r: hello i'm looking to hire a harp for a wedding ceremony
c: and you are
r: louise
r@ask_product: do you provide a harpist and how much
c: yes a harp is for the ceremony is three hundred and fifty pounds up to an hour
c: can i pop you a booking form by email
r: yes please
c[B]: wonderful louise thank you ever so much for calling
""",
    ),
    (  # 38 sandblasting, Australian
        "S0 G0 C0:rob N0 Q0 P0 X0 W0:pa B0",
        "blasting, curt: 'boss does the pricing', 'have a squiz on the website'; 'try tomorrow'",
        """
c: yeah
r: you do sandblasting
c: yeah
r@ask_product: how much for a trailer
c: dunno mate boss does the prizing have a squiz on the website
c: try tomorrow
r: ok
""",
    ),
    (  # 39 holiday cottage, British
        "S1:pa G1 C0:rob N0 Q0 P1:pa X1 W1:inc B1:pa",
        "honeysuckle cottage: 'what brought you our way'; photos on the website after a full answer",
        """
c[G]: hello hello
r: hi is that honeysuckle cottage
c: yes
c: what brought you our way
r: your listing on a travel blog
r@ask_product: do you allow dogs and how much a night
c: dogs are welcome ten pounds extra stay and it's one twenty a night
c: you can see photos on our website too
r: great
c: shall i send you the booking details
r: please
c[B]: lovely all the best
""",
    ),
    (  # 40 hen party, American
        "S0 G1:pa C1 N0 Q1 P1:pa,asr X0:rep W1 B0",
        "bachelorette: 'hey'; the free planning call is only what a coworker usually offers, withdrawn",
        """
c[GC]: hey girl squad events
r: hi i'm planning a bachelorette in nashville
r@ask_product: what do you charge
c: our nashville package starts at one twenty nine a per son
c: my coworker usually offers a free planning call but she's out this week so yeah
r: ok
c: what's your name
r: kayla
c: ok kayla
""",
    ),
    (  # 41 fireworks, American
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0:rob",
        "boomtown: 'all in the catalog online' instead of a price; only the robot closes politely",
        """
c[GC]: good morning boomtown fireworks
r@ask_product: hi how much are your aerial repeaters
c: we'd have to check that's all in the catalog online
r: ok thank you very much have a nice day
c: yep
""",
    ),
    (  # 42 mirror demisters, British
        "S0 G1:asr C1 N0 Q1 P1:pa,asr X1 W1 B1",
        "bright bathrooms: 'good mourning' (homophone); 'put one by for you to collect'",
        """
c[GC]: good mourning bright bathrooms
r: hi do you sell demister pads for mirrors
c: we do yeah
r@ask_product: what sizes and prices
c: we have four sizes from twenty two to fifty five pounds all in stalk
c: shall i put one by for you to collect
r: the big one please
c: what name shall i put it under
r: carol
c[B]: thanks carol see you soon bye
""",
    ),
    (  # 43 boat storage, American
        "S0 G0 C1 N0 Q0 P0 X0 W0:wf B0",
        "harbor storage: no greeting; 'rates are listed on our website', 'just check the site'",
        """
c[C]: harbor storage
r@ask_product: hi how much is winter storage for a twenty foot boat
c: rates are listed on our website under storage
r: could you tell me
c: sorry i'm not authorized just check the site
r: okay
""",
    ),
    (  # 44 soap workshop, American
        "S0 G1 C1 N1 Q1:pa P1:pa X1:asr W1 B1",
        "soap loft: 'i can pen cilya in' (pencil you in, damaged); 'who's the booking for'",
        """
c[GCN]: good afternoon the soap loft this is amber
r: hi i want to book a soap making class for my daughter's birthday
c: oh fun how many kits
r: eight
r@ask_product: how much would that be
c: kids parties are two fifty for up to ten kids and they each take home three soaps
c: i can pen cilya in for a saturday
r: great
c: who's the booking for
r: maria
c[B]: perfect maria thanks so much
""",
    ),
    (  # 45 rally driving, Australian
        "S1 G1 C0:rob N1 Q0 P1:pa,asr X1:pa W1 B1:pa",
        "rally: 'yep' confirms only; 'reckon you'd wanna book it'; 'i'm jack by the way'; 'good stuff cheers mate'",
        """
c[G]: hi
r: hey is this the rally experience place
c: yep
r@ask_product: what's the cheapest drive
c: the taster's three laps four one forty nine
c: reckon you'd wanna book it for a weekend
r: maybe
c[N]: no dramas i'm jack by the way
c: how'd you hear about us
r: radio ad
c[B]: good stuff cheers mate
""",
    ),
]


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues as ``en15_h01`` ... ``en15_h45``."""
    assert len(D) == 45
    for i, (spec, note, script, *rest) in enumerate(D, 1):
        extra = {"outcome": rest[0]} if rest else {}
        emit(f"en15_h{i:02d}", "en", spec, script, note, **extra)
